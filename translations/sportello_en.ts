<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApiMessages</name>
    <message>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>The server no longer accepts this session. Please log in again.</source>
        <translation>The server no longer accepts this session. Please log in again.</translation>
    </message>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation>Your session has expired. Please log in again.</translation>
    </message>
    <message>
        <source>Too many failed login attempts for this account. Wait a few minutes and try again.</source>
        <translation>Too many failed login attempts for this account. Wait a few minutes and try again.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Too many requests. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>Your role does not allow this operation.</source>
        <translation>Your role does not allow this operation.</translation>
    </message>
    <message>
        <source>The server rejected the request: %1</source>
        <translation>The server rejected the request: %1</translation>
    </message>
    <message>
        <source>The request is too large for the server.</source>
        <translation>The request is too large for the server.</translation>
    </message>
    <message>
        <source>The data changed on the server in the meantime. Reload and try again.</source>
        <translation>The data changed on the server in the meantime. Reload and try again.</translation>
    </message>
    <message>
        <source>The server does not offer this function. Is the relay up to date?</source>
        <translation>The server does not offer this function. Is the relay up to date?</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable. Try again later.</source>
        <translation>The server is temporarily unavailable. Try again later.</translation>
    </message>
    <message>
        <source>The server had an internal error. Try again later.</source>
        <translation>The server had an internal error. Try again later.</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>The server reported an error: %1</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>The server refused the request (%1).</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP status %1). Try again later.</source>
        <translation>The server had a problem (HTTP status %1). Try again later.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected HTTP status %1.</source>
        <translation>The server answered with an unexpected HTTP status %1.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection. Check the address and that the relay is running.</source>
        <translation>The server %1 refused the connection. Check the address and that the relay is running.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection unexpectedly.</source>
        <translation>The server %1 closed the connection unexpectedly.</translation>
    </message>
    <message>
        <source>The server %1 was not found. Check the address.</source>
        <translation>The server %1 was not found. Check the address.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: %2</source>
        <translation>The secure connection (TLS) to %1 failed: %2</translation>
    </message>
    <message>
        <source>The network is not available. Check this computer&apos;s connection.</source>
        <translation>The network is not available. Check this computer&apos;s connection.</translation>
    </message>
    <message>
        <source>The proxy server could not be used: %1</source>
        <translation>The proxy server could not be used: %1</translation>
    </message>
    <message>
        <source>The server redirected to an insecure address; the request was stopped.</source>
        <translation>The server redirected to an insecure address; the request was stopped.</translation>
    </message>
    <message>
        <source>Network error while contacting %1: %2</source>
        <translation>Network error while contacting %1: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: it was not issued by an authority this computer trusts. Configure the relay&apos;s CA file or pin its certificate.</source>
        <translation>The certificate of %1 is not trusted: it was not issued by an authority this computer trusts. Configure the relay&apos;s CA file or pin its certificate.</translation>
    </message>
    <message>
        <source>The certificate of the server is not valid for the name %1.</source>
        <translation>The certificate of the server is not valid for the name %1.</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired.</source>
        <translation>The certificate of %1 has expired.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid yet. Check this computer&apos;s date and time.</source>
        <translation>The certificate of %1 is not valid yet. Check this computer&apos;s date and time.</translation>
    </message>
    <message>
        <source>The certificate of %1 has been revoked.</source>
        <translation>The certificate of %1 has been revoked.</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused: %2</source>
        <translation>The certificate of %1 was refused: %2</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>The server did not answer within %n second.</numerusform>
            <numerusform>The server did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server tried to redirect from %1 to %2; only redirects on the same secure server are allowed.</source>
        <translation>The server tried to redirect from %1 to %2; only redirects on the same secure server are allowed.</translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation>The server redirected too many times.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than the limit of %1.</source>
        <translation>The server&apos;s answer is larger than the limit of %1.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1). Is the relay the right version?</source>
        <translation>The server&apos;s answer could not be read (%1). Is the relay the right version?</translation>
    </message>
    <message>
        <source>The server address is not valid. Write it like https://relay.example.it:8443</source>
        <translation>The server address is not valid. Write it like https://relay.example.it:8443</translation>
    </message>
    <message>
        <source>The server address must start with https:// (the connection is always encrypted).</source>
        <translation>The server address must start with https:// (the connection is always encrypted).</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read or contains no certificate.</source>
        <translation>The CA file %1 cannot be read or contains no certificate.</translation>
    </message>
    <message>
        <source>The pinned certificate must be a SHA-256 fingerprint: 64 hexadecimal digits.</source>
        <translation>The pinned certificate must be a SHA-256 fingerprint: 64 hexadecimal digits.</translation>
    </message>
</context>
<context>
    <name>StartupOptionsParser</name>
    <message>
        <source>Sportello: the operators&apos; desk of the WhatsApp information service.</source>
        <translation>Sportello: the operators&apos; desk of the WhatsApp information service.</translation>
    </message>
    <message>
        <source>Address of the relay, e.g. https://relay.example.it:8443.</source>
        <translation>Address of the relay, e.g. https://relay.example.it:8443.</translation>
    </message>
    <message>
        <source>PEM file with the certificate authority that signed the relay&apos;s certificate.</source>
        <translation>PEM file with the certificate authority that signed the relay&apos;s certificate.</translation>
    </message>
    <message>
        <source>Trust exactly the relay certificate with this SHA-256 fingerprint (hex).</source>
        <translation>Trust exactly the relay certificate with this SHA-256 fingerprint (hex).</translation>
    </message>
    <message>
        <source>Username to log in with.</source>
        <translation>Username to log in with.</translation>
    </message>
    <message>
        <source>File whose first line is the password; with --server and --user, log in at once.</source>
        <translation>File whose first line is the password; with --server and --user, log in at once.</translation>
    </message>
    <message>
        <source>Use this settings file instead of the user&apos;s usual settings.</source>
        <translation>Use this settings file instead of the user&apos;s usual settings.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>The password file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>The password file %1 is empty.</translation>
    </message>
    <message>
        <source>url</source>
        <comment>command-line value name</comment>
        <translation>url</translation>
    </message>
    <message>
        <source>file</source>
        <comment>command-line value name</comment>
        <translation>file</translation>
    </message>
    <message>
        <source>hex</source>
        <comment>command-line value name</comment>
        <translation>hex</translation>
    </message>
    <message>
        <source>name</source>
        <comment>command-line value name</comment>
        <translation>name</translation>
    </message>
</context>
<context>
    <name>sportello::desk::HashtagTreeModel</name>
    <message>
        <source>Also: %1</source>
        <translation>Also: %1</translation>
    </message>
    <message>
        <source>Hashtag</source>
        <translation>Hashtag</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>menu title of a hashtag</comment>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>sportello::desk::LoginDialog</name>
    <message>
        <source>Sportello — Log in</source>
        <translation>Sportello — Log in</translation>
    </message>
    <message>
        <source>https://relay.example.it:8443</source>
        <comment>example server address</comment>
        <translation>https://relay.example.it:8443</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>System trusted authorities</source>
        <translation>System trusted authorities</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Optional: SHA-256 fingerprint of the relay&apos;s certificate</source>
        <translation>Optional: SHA-256 fingerprint of the relay&apos;s certificate</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Server certificate</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA file:</translation>
    </message>
    <message>
        <source>P&amp;inned certificate:</source>
        <translation>P&amp;inned certificate:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Certificate authority of the relay</source>
        <translation>Certificate authority of the relay</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Enter the address of the server.</source>
        <translation>Enter the address of the server.</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Enter your username.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::MainWindow</name>
    <message>
        <source>Sportello — Hashtag tree</source>
        <translation>Sportello — Hashtag tree</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Fetch the published tree from the server again</source>
        <translation>Fetch the published tree from the server again</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>No tree loaded</source>
        <translation>No tree loaded</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation>Logged in as %1 (%2)</translation>
    </message>
    <message>
        <source>Session valid until %1</source>
        <translation>Session valid until %1</translation>
    </message>
    <message>
        <source>Loading the hashtag tree…</source>
        <translation>Loading the hashtag tree…</translation>
    </message>
    <message>
        <source>Tree version %1</source>
        <translation>Tree version %1</translation>
    </message>
    <message>
        <source>Tree version %1, published %2 by %3</source>
        <translation>Tree version %1, published %2 by %3</translation>
    </message>
    <message numerus="yes">
        <source>%n hashtag(s) loaded.</source>
        <translation>
            <numerusform>%n hashtag loaded.</numerusform>
            <numerusform>%n hashtags loaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>who published the tree</comment>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>sportello::desk::NodeDetailsView</name>
    <message>
        <source>Select a hashtag to see its answer.</source>
        <translation>Select a hashtag to see its answer.</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Valid from %1 to %2</translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation>Valid from %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valid until %1</translation>
    </message>
    <message>
        <source>Always valid</source>
        <translation>Always valid</translation>
    </message>
    <message>
        <source>No aliases</source>
        <translation>No aliases</translation>
    </message>
    <message>
        <source>Aliases: %1</source>
        <translation>Aliases: %1</translation>
    </message>
    <message>
        <source>Reviewed on %1</source>
        <translation>Reviewed on %1</translation>
    </message>
    <message>
        <source>Reviewed on %1 by %2</source>
        <translation>Reviewed on %1 by %2</translation>
    </message>
    <message>
        <source>Never reviewed</source>
        <translation>Never reviewed</translation>
    </message>
    <message>
        <source>Answer (Italian)</source>
        <translation>Answer (Italian)</translation>
    </message>
    <message>
        <source>No answer yet.</source>
        <translation>No answer yet.</translation>
    </message>
    <message>
        <source>Answer (English)</source>
        <translation>Answer (English)</translation>
    </message>
</context>
</TS>
