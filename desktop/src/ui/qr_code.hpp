#pragma once
// A QR code (libqrencode, error correction level M) drawn as a black-on-white
// image with the 4-module quiet zone scanners need.

#include <QImage>
#include <QString>

namespace sportello::desk {

// Each module is `moduleSize` pixels square. A null image when the text
// cannot be encoded (too long for any QR version).
QImage qrCodeImage(const QString& text, int moduleSize = 6);

} // namespace sportello::desk
