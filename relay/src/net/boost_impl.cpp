// The one translation unit that compiles Asio, Asio.SSL and Beast
// (separate compilation; see BUILD-NOTES gotcha 4). Nothing else here.
#include <boost/asio/impl/src.hpp>
#include <boost/asio/ssl/impl/src.hpp>
#include <boost/beast/src.hpp>
