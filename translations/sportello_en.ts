<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdminLabels</name>
    <message>
        <source>Preparing</source>
        <comment>broadcast state</comment>
        <translation>Preparing</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>broadcast state</comment>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Sending</source>
        <comment>broadcast state</comment>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>broadcast state</comment>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>broadcast state</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Consents</source>
        <comment>API scope</comment>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Notifications</source>
        <comment>API scope</comment>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Message status</source>
        <comment>API scope</comment>
        <translation>Message status</translation>
    </message>
    <message>
        <source>Utility</source>
        <comment>template category</comment>
        <translation>Utility</translation>
    </message>
    <message>
        <source>Marketing</source>
        <comment>template category</comment>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Authentication</source>
        <comment>template category</comment>
        <translation>Authentication</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>The name may contain only lowercase letters, digits and underscores, as on Meta.</source>
        <translation>The name may contain only lowercase letters, digits and underscores, as on Meta.</translation>
    </message>
    <message>
        <source>The language must be a code such as it or en_US.</source>
        <translation>The language must be a code such as it or en_US.</translation>
    </message>
    <message>
        <source>A template takes from 0 to 20 parameters.</source>
        <translation>A template takes from 0 to 20 parameters.</translation>
    </message>
    <message>
        <source>The category must be utility, marketing or authentication.</source>
        <translation>The category must be utility, marketing or authentication.</translation>
    </message>
    <message>
        <source>Every parameter must be one line of text, not empty.</source>
        <translation>Every parameter must be one line of text, not empty.</translation>
    </message>
    <message>
        <source>Choose at least one permission for the client.</source>
        <translation>Choose at least one permission for the client.</translation>
    </message>
    <message>
        <source>The rate must be between 1 and 100000 requests per minute.</source>
        <translation>The rate must be between 1 and 100000 requests per minute.</translation>
    </message>
    <message>
        <source>The certificate subject is not valid.</source>
        <translation>The certificate subject is not valid.</translation>
    </message>
    <message>
        <source>The scheduled time is not valid.</source>
        <translation>The scheduled time is not valid.</translation>
    </message>
    <message>
        <source>This name is already taken.</source>
        <translation>This name is already taken.</translation>
    </message>
    <message>
        <source>The chosen answer is no longer published. Reload the answers and choose again.</source>
        <translation>The chosen answer is no longer published. Reload the answers and choose again.</translation>
    </message>
    <message>
        <source>It no longer exists on the server (someone else may have removed it). Reload the list.</source>
        <translation>It no longer exists on the server (someone else may have removed it). Reload the list.</translation>
    </message>
    <message>
        <source>A name is required, and it must not be too long.</source>
        <translation>A name is required, and it must not be too long.</translation>
    </message>
</context>
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
    <message>
        <source>The template is not in the template registry (or not in this language).</source>
        <translation>The template is not in the template registry (or not in this language).</translation>
    </message>
    <message>
        <source>The number of parameters does not match the template.</source>
        <translation>The number of parameters does not match the template.</translation>
    </message>
    <message>
        <source>Outside the citizen&apos;s 24-hour window: only an approved template can be sent.</source>
        <translation>Outside the citizen&apos;s 24-hour window: only an approved template can be sent.</translation>
    </message>
    <message>
        <source>Change your temporary password before you continue.</source>
        <translation>Change your temporary password before you continue.</translation>
    </message>
    <message>
        <source>The relay refused the action on this case: %1</source>
        <translation>The relay refused the action on this case: %1</translation>
    </message>
    <message>
        <source>Wrong or already used code. Wait for the next code of the app and try again.</source>
        <translation>Wrong or already used code. Wait for the next code of the app and try again.</translation>
    </message>
    <message>
        <source>Wrong or already used recovery code.</source>
        <translation>Wrong or already used recovery code.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</translation>
    </message>
    <message>
        <source>Set up two-factor authentication before you continue.</source>
        <translation>Set up two-factor authentication before you continue.</translation>
    </message>
</context>
<context>
    <name>BubbleHtml</name>
    <message>
        <source>Template message “%1”</source>
        <translation>Template message “%1”</translation>
    </message>
    <message>
        <source>The bot sends nothing.</source>
        <translation>The bot sends nothing.</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <source>Waiting for the citizen</source>
        <translation>Waiting for the citizen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Unknown hashtag</source>
        <translation>Unknown hashtag</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Free text</translation>
    </message>
    <message>
        <source>Photo, audio or document</source>
        <translation>Photo, audio or document</translation>
    </message>
    <message>
        <source>Asked for an operator</source>
        <translation>Asked for an operator</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Not pertinent</source>
        <translation>Not pertinent</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>24-hour window</comment>
        <translation>closed</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>not delivered</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Not delivered: outside the 24-hour window. Only an approved template can reach the citizen now.</source>
        <translation>Not delivered: outside the 24-hour window. Only an approved template can reach the citizen now.</translation>
    </message>
    <message>
        <source>Not delivered: the number cannot receive WhatsApp messages.</source>
        <translation>Not delivered: the number cannot receive WhatsApp messages.</translation>
    </message>
    <message>
        <source>Not delivered: WhatsApp does not support this type of message.</source>
        <translation>Not delivered: WhatsApp does not support this type of message.</translation>
    </message>
    <message>
        <source>Not delivered.</source>
        <translation>Not delivered.</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Not delivered: %1</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>No messages yet.</translation>
    </message>
    <message>
        <source>bot</source>
        <translation>bot</translation>
    </message>
</context>
<context>
    <name>ContentLabels</name>
    <message>
        <source>Hashtag</source>
        <comment>bot rule</comment>
        <translation>Hashtag</translation>
    </message>
    <message>
        <source>Alias</source>
        <comment>bot rule</comment>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Typo corrected</source>
        <comment>bot rule</comment>
        <translation>Typo corrected</translation>
    </message>
    <message>
        <source>Word without #</source>
        <comment>bot rule</comment>
        <translation>Word without #</translation>
    </message>
    <message>
        <source>Menu choice</source>
        <comment>bot rule</comment>
        <translation>Menu choice</translation>
    </message>
    <message>
        <source>More topics</source>
        <comment>bot rule</comment>
        <translation>More topics</translation>
    </message>
    <message>
        <source>Greeting</source>
        <comment>bot rule</comment>
        <translation>Greeting</translation>
    </message>
    <message>
        <source>Empty message</source>
        <comment>bot rule</comment>
        <translation>Empty message</translation>
    </message>
    <message>
        <source>Unknown hashtag</source>
        <comment>bot rule</comment>
        <translation>Unknown hashtag</translation>
    </message>
    <message>
        <source>Expired content</source>
        <comment>bot rule</comment>
        <translation>Expired content</translation>
    </message>
    <message>
        <source>Question</source>
        <comment>bot rule</comment>
        <translation>Question</translation>
    </message>
    <message>
        <source>Free text</source>
        <comment>bot rule</comment>
        <translation>Free text</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <comment>bot rule</comment>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>Consent given</source>
        <comment>bot rule</comment>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Unknown rule</source>
        <comment>bot rule</comment>
        <translation>Unknown rule</translation>
    </message>
    <message>
        <source>The message names a hashtag of the tree.</source>
        <translation>The message names a hashtag of the tree.</translation>
    </message>
    <message>
        <source>The message names an alias of a hashtag.</source>
        <translation>The message names an alias of a hashtag.</translation>
    </message>
    <message>
        <source>The hashtag was misspelt; the closest one was answered.</source>
        <translation>The hashtag was misspelt; the closest one was answered.</translation>
    </message>
    <message>
        <source>The message is a hashtag written without #.</source>
        <translation>The message is a hashtag written without #.</translation>
    </message>
    <message>
        <source>The citizen chose a row of a menu.</source>
        <translation>The citizen chose a row of a menu.</translation>
    </message>
    <message>
        <source>The citizen asked for the next page of a menu.</source>
        <translation>The citizen asked for the next page of a menu.</translation>
    </message>
    <message>
        <source>A greeting: the main menu is sent.</source>
        <translation>A greeting: the main menu is sent.</translation>
    </message>
    <message>
        <source>Nothing to read in the message: the main menu is sent.</source>
        <translation>Nothing to read in the message: the main menu is sent.</translation>
    </message>
    <message>
        <source>No such hashtag: the closest ones are suggested. Counted as unanswered.</source>
        <translation>No such hashtag: the closest ones are suggested. Counted as unanswered.</translation>
    </message>
    <message>
        <source>The hashtag exists but is outside its validity window.</source>
        <translation>The hashtag exists but is outside its validity window.</translation>
    </message>
    <message>
        <source>Free text that looks like a question: it may go to the operators.</source>
        <translation>Free text that looks like a question: it may go to the operators.</translation>
    </message>
    <message>
        <source>Free text: the main menu is sent. Counted as unanswered.</source>
        <translation>Free text: the main menu is sent. Counted as unanswered.</translation>
    </message>
    <message>
        <source>The citizen withdraws consent to messages.</source>
        <translation>The citizen withdraws consent to messages.</translation>
    </message>
    <message>
        <source>The citizen gives consent to messages.</source>
        <translation>The citizen gives consent to messages.</translation>
    </message>
    <message>
        <source>hashtag</source>
        <comment>node field</comment>
        <translation>hashtag</translation>
    </message>
    <message>
        <source>aliases</source>
        <comment>node field</comment>
        <translation>aliases</translation>
    </message>
    <message>
        <source>title</source>
        <comment>node field</comment>
        <translation>title</translation>
    </message>
    <message>
        <source>English title</source>
        <comment>node field</comment>
        <translation>English title</translation>
    </message>
    <message>
        <source>Italian answer</source>
        <comment>node field</comment>
        <translation>Italian answer</translation>
    </message>
    <message>
        <source>English answer</source>
        <comment>node field</comment>
        <translation>English answer</translation>
    </message>
    <message>
        <source>valid from</source>
        <comment>node field</comment>
        <translation>valid from</translation>
    </message>
    <message>
        <source>valid until</source>
        <comment>node field</comment>
        <translation>valid until</translation>
    </message>
    <message>
        <source>review date</source>
        <comment>node field</comment>
        <translation>review date</translation>
    </message>
    <message>
        <source>reviewer</source>
        <comment>node field</comment>
        <translation>reviewer</translation>
    </message>
    <message>
        <source>parent</source>
        <comment>node field</comment>
        <translation>parent</translation>
    </message>
    <message>
        <source>position</source>
        <comment>node field</comment>
        <translation>position</translation>
    </message>
    <message>
        <source>id</source>
        <comment>node field</comment>
        <translation>id</translation>
    </message>
    <message>
        <source>The Italian answer is empty.</source>
        <translation>The Italian answer is empty.</translation>
    </message>
    <message>
        <source>The %1 is longer than 4096 characters, WhatsApp&apos;s limit for one message.</source>
        <translation>The %1 is longer than 4096 characters, WhatsApp&apos;s limit for one message.</translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation>The title is empty.</translation>
    </message>
    <message>
        <source>The %1 is longer than 24 characters, the limit of a WhatsApp menu row.</source>
        <translation>The %1 is longer than 24 characters, the limit of a WhatsApp menu row.</translation>
    </message>
    <message>
        <source>Not a valid hashtag: 2 to 40 lowercase letters and digits, starting with a letter.</source>
        <translation>Not a valid hashtag: 2 to 40 lowercase letters and digits, starting with a letter.</translation>
    </message>
    <message>
        <source>This hashtag or alias is already used.</source>
        <translation>This hashtag or alias is already used.</translation>
    </message>
    <message>
        <source>The validity ends before it starts.</source>
        <translation>The validity ends before it starts.</translation>
    </message>
    <message>
        <source>The content has expired: citizens no longer receive it.</source>
        <translation>The content has expired: citizens no longer receive it.</translation>
    </message>
    <message>
        <source>The parent node does not exist.</source>
        <translation>The parent node does not exist.</translation>
    </message>
    <message>
        <source>The node is its own ancestor.</source>
        <translation>The node is its own ancestor.</translation>
    </message>
    <message>
        <source>Two nodes have the same id.</source>
        <translation>Two nodes have the same id.</translation>
    </message>
    <message>
        <source>The tree must have exactly one root.</source>
        <translation>The tree must have exactly one root.</translation>
    </message>
    <message>
        <source>The tree has no nodes.</source>
        <translation>The tree has no nodes.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>The %1 contains bytes that are not valid text (UTF-8): WhatsApp could not send it.</source>
        <translation>The %1 contains bytes that are not valid text (UTF-8): WhatsApp could not send it.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>DiffText</name>
    <message>
        <source>(empty)</source>
        <comment>a field value</comment>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>node %1</translation>
    </message>
    <message>
        <source>%1: added</source>
        <translation>%1: added</translation>
    </message>
    <message>
        <source>%1: removed</source>
        <translation>%1: removed</translation>
    </message>
    <message>
        <source>%1: %2 changed from %3 to %4</source>
        <translation>%1: %2 changed from %3 to %4</translation>
    </message>
    <message>
        <source>%1: changed</source>
        <translation>%1: changed</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>No differences.</translation>
    </message>
</context>
<context>
    <name>DraftCommand</name>
    <message>
        <source>Edit #%1</source>
        <translation>Edit #%1</translation>
    </message>
    <message>
        <source>Add #%1</source>
        <translation>Add #%1</translation>
    </message>
    <message numerus="yes">
        <source>Delete #%1 and %n sub-topic(s)</source>
        <translation>
            <numerusform>Delete #%1 and %n sub-topic</numerusform>
            <numerusform>Delete #%1 and %n sub-topics</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete #%1</source>
        <translation>Delete #%1</translation>
    </message>
    <message>
        <source>Move #%1</source>
        <translation>Move #%1</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>Monthly report</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <source>Regione Piemonte — Sportello WhatsApp COVID-19 — Monthly report</source>
        <translation>Regione Piemonte — Sportello WhatsApp COVID-19 — Monthly report</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Period: %1 (from %2 to %3, Rome time)</source>
        <translation>Period: %1 (from %2 to %3, Rome time)</translation>
    </message>
    <message>
        <source>1. Requests</source>
        <translation>1. Requests</translation>
    </message>
    <message>
        <source>Requests in the month: %1 — direct requests %2, replies to a push %3; the bot could not answer %4 of them.</source>
        <translation>Requests in the month: %1 — direct requests %2, replies to a push %3; the bot could not answer %4 of them.</translation>
    </message>
    <message>
        <source>Requests per day, by type</source>
        <translation>Requests per day, by type</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>week of %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Replies to a push</source>
        <translation>Replies to a push</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>2. Most requested topics</source>
        <translation>2. Most requested topics</translation>
    </message>
    <message>
        <source>Requests per topic, with its subtopics</source>
        <translation>Requests per topic, with its subtopics</translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(no topic)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>With subtopics</source>
        <translation>With subtopics</translation>
    </message>
    <message>
        <source>This topic</source>
        <translation>This topic</translation>
    </message>
    <message>
        <source>3. Busiest hours (weekday × hour, Rome time)</source>
        <translation>3. Busiest hours (weekday × hour, Rome time)</translation>
    </message>
    <message>
        <source>4. Requests the bot could not answer</source>
        <translation>4. Requests the bot could not answer</translation>
    </message>
    <message>
        <source>Unanswered requests: %1 of %2 (%3). The unknown terms asked most follow (unknown hashtags, masked; the texts of messages are never in the statistics).</source>
        <translation>Unanswered requests: %1 of %2 (%3). The unknown terms asked most follow (unknown hashtags, masked; the texts of messages are never in the statistics).</translation>
    </message>
    <message>
        <source>Unknown term</source>
        <translation>Unknown term</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>5. Automatic reply time</source>
        <translation>5. Automatic reply time</translation>
    </message>
    <message>
        <source>From the citizen&apos;s request to the bot&apos;s reply accepted by WhatsApp, and to that reply delivered; in seconds. Percentiles are within ±%1 of the true value.</source>
        <translation>From the citizen&apos;s request to the bot&apos;s reply accepted by WhatsApp, and to that reply delivered; in seconds. Percentiles are within ±%1 of the true value.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Accepted by WhatsApp</source>
        <translation>Accepted by WhatsApp</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>6. Operator reply time and cases</source>
        <translation>6. Operator reply time and cases</translation>
    </message>
    <message>
        <source>From the case opened to the operator&apos;s first reply, in seconds.</source>
        <translation>From the case opened to the operator&apos;s first reply, in seconds.</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>All operators</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Opened in the month</source>
        <translation>Opened in the month</translation>
    </message>
    <message>
        <source>Closed in the month</source>
        <translation>Closed in the month</translation>
    </message>
    <message>
        <source>Still open now</source>
        <translation>Still open now</translation>
    </message>
    <message>
        <source>Closed with outcome “%1”</source>
        <translation>Closed with outcome “%1”</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>7. Pushes (SIRE reminders) and broadcasts</source>
        <translation>7. Pushes (SIRE reminders) and broadcasts</translation>
    </message>
    <message>
        <source>Read is a lower bound: citizens can turn read receipts off. Replied and STOP count the citizens who wrote, or stopped, within 24 hours of the message.</source>
        <translation>Read is a lower bound: citizens can turn read receipts off. Replied and STOP count the citizens who wrote, or stopped, within 24 hours of the message.</translation>
    </message>
    <message>
        <source>Funnel: sent → delivered → read (lower bound) → replied → STOP</source>
        <translation>Funnel: sent → delivered → read (lower bound) → replied → STOP</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Read (lower bound)</source>
        <translation>Read (lower bound)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <source>template %1</source>
        <translation>template %1</translation>
    </message>
    <message>
        <source>broadcast %1</source>
        <translation>broadcast %1</translation>
    </message>
    <message>
        <source>no failures</source>
        <translation>no failures</translation>
    </message>
    <message>
        <source>Failed: reason</source>
        <translation>Failed: reason</translation>
    </message>
    <message>
        <source>relay down</source>
        <translation>relay down</translation>
    </message>
    <message>
        <source>database not writable</source>
        <translation>database not writable</translation>
    </message>
    <message>
        <source>sending stopped by WhatsApp</source>
        <translation>sending stopped by WhatsApp</translation>
    </message>
    <message>
        <source>probe failed</source>
        <translation>probe failed</translation>
    </message>
    <message>
        <source>8. Service availability</source>
        <translation>8. Service availability</translation>
    </message>
    <message>
        <source>Availability in the month: %1 against a target of %2; unavailable %3 minutes, budget left %4 minutes. Target %5.</source>
        <translation>Availability in the month: %1 against a target of %2; unavailable %3 minutes, budget left %4 minutes. Target %5.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>Availability in the month: not measured yet (target %1).</source>
        <translation>Availability in the month: not measured yet (target %1).</translation>
    </message>
    <message>
        <source>Availability per day against the target</source>
        <translation>Availability per day against the target</translation>
    </message>
    <message>
        <source>no incidents</source>
        <translation>no incidents</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Delivered to the citizen</source>
        <translation>Delivered to the citizen</translation>
    </message>
</context>
<context>
    <name>MonthlyReportPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>the PDF could not be started</translation>
    </message>
    <message>
        <source>the pages came out differently</source>
        <translation>the pages came out differently</translation>
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
    <name>StatsCharts</name>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Replies to a push</source>
        <translation>Replies to a push</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Requests (with subtopics)</source>
        <translation>Requests (with subtopics)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90th percentile</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Seconds</translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation>Availability (%)</translation>
    </message>
    <message>
        <source>Target %1 %</source>
        <translation>Target %1 %</translation>
    </message>
    <message>
        <source>Unanswered requests</source>
        <translation>Unanswered requests</translation>
    </message>
</context>
<context>
    <name>TemplateText</name>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>One line only: no line breaks or tabs.</source>
        <translation>One line only: no line breaks or tabs.</translation>
    </message>
</context>
<context>
    <name>UserLabels</name>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Logout</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Session ended</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>User created</translation>
    </message>
    <message>
        <source>User renamed</source>
        <translation>User renamed</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>User disabled</translation>
    </message>
    <message>
        <source>User re-enabled</source>
        <translation>User re-enabled</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation>Audit trail exported</translation>
    </message>
    <message>
        <source>Topic created</source>
        <translation>Topic created</translation>
    </message>
    <message>
        <source>Topic edited</source>
        <translation>Topic edited</translation>
    </message>
    <message>
        <source>Topic moved</source>
        <translation>Topic moved</translation>
    </message>
    <message>
        <source>Topic deleted</source>
        <translation>Topic deleted</translation>
    </message>
    <message>
        <source>Topic restored</source>
        <translation>Topic restored</translation>
    </message>
    <message>
        <source>Draft discarded</source>
        <translation>Draft discarded</translation>
    </message>
    <message>
        <source>Contents published</source>
        <translation>Contents published</translation>
    </message>
    <message>
        <source>Contents rolled back</source>
        <translation>Contents rolled back</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>Template saved</translation>
    </message>
    <message>
        <source>Template deleted</source>
        <translation>Template deleted</translation>
    </message>
    <message>
        <source>Broadcast created</source>
        <translation>Broadcast created</translation>
    </message>
    <message>
        <source>Broadcast cancelled</source>
        <translation>Broadcast cancelled</translation>
    </message>
    <message>
        <source>API client created</source>
        <translation>API client created</translation>
    </message>
    <message>
        <source>API client token rotated</source>
        <translation>API client token rotated</translation>
    </message>
    <message>
        <source>API client revoked</source>
        <translation>API client revoked</translation>
    </message>
    <message>
        <source>Sending resumed</source>
        <translation>Sending resumed</translation>
    </message>
    <message>
        <source>Reply to a citizen</source>
        <translation>Reply to a citizen</translation>
    </message>
    <message>
        <source>Case transferred</source>
        <translation>Case transferred</translation>
    </message>
    <message>
        <source>Phone number revealed</source>
        <translation>Phone number revealed</translation>
    </message>
    <message>
        <source>Old messages erased</source>
        <translation>Old messages erased</translation>
    </message>
    <message>
        <source>This is the last active administrator: make another user an administrator first.</source>
        <translation>This is the last active administrator: make another user an administrator first.</translation>
    </message>
    <message>
        <source>This username is already taken.</source>
        <translation>This username is already taken.</translation>
    </message>
    <message>
        <source>The username must be 3 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>The username must be 3 to 64 letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <source>The name must not be empty and may have at most 100 characters.</source>
        <translation>The name must not be empty and may have at most 100 characters.</translation>
    </message>
    <message>
        <source>Two-factor authentication set up</source>
        <translation>Two-factor authentication set up</translation>
    </message>
    <message>
        <source>Two-factor authentication reset</source>
        <translation>Two-factor authentication reset</translation>
    </message>
    <message>
        <source>Recovery code used</source>
        <translation>Recovery code used</translation>
    </message>
    <message>
        <source>Report figures rebuilt</source>
        <translation>Report figures rebuilt</translation>
    </message>
    <message>
        <source>Case returned to the queue</source>
        <translation>Case returned to the queue</translation>
    </message>
    <message>
        <source>Citizen&apos;s data exported</source>
        <translation>Citizen&apos;s data exported</translation>
    </message>
    <message>
        <source>Citizen&apos;s data erased</source>
        <translation>Citizen&apos;s data erased</translation>
    </message>
</context>
<context>
    <name>sportello::desk::AlertBanner</name>
    <message>
        <source>&amp;Resume sending…</source>
        <translation>&amp;Resume sending…</translation>
    </message>
    <message>
        <source>The cause is fixed (e.g. a new access token): send the queued messages again</source>
        <translation>The cause is fixed (e.g. a new access token): send the queued messages again</translation>
    </message>
    <message>
        <source>WhatsApp refused the access token (error %1).</source>
        <translation>WhatsApp refused the access token (error %1).</translation>
    </message>
    <message>
        <source>WhatsApp refused the relay&apos;s credentials.</source>
        <translation>WhatsApp refused the relay&apos;s credentials.</translation>
    </message>
    <message>
        <source>WhatsApp blocked or restricted the account (error %1).</source>
        <translation>WhatsApp blocked or restricted the account (error %1).</translation>
    </message>
    <message>
        <source>WhatsApp error %1.</source>
        <translation>WhatsApp error %1.</translation>
    </message>
    <message>
        <source>Sending suspended: %1</source>
        <translation>Sending suspended: %1</translation>
    </message>
    <message>
        <source>Since %1; no message is sent, the queue is kept.</source>
        <translation>Since %1; no message is sent, the queue is kept.</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Resume sending</translation>
    </message>
    <message>
        <source>Resume sending? Do it only once the cause is fixed (for example a new access token in the relay&apos;s configuration); otherwise WhatsApp refuses again and sending stops again.</source>
        <translation>Resume sending? Do it only once the cause is fixed (for example a new access token in the relay&apos;s configuration); otherwise WhatsApp refuses again and sending stops again.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::AnswerEdit</name>
    <message>
        <source>B</source>
        <comment>bold button</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B): *text*</source>
        <translation>Bold (Ctrl+B): *text*</translation>
    </message>
    <message>
        <source>I</source>
        <comment>italic button</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I): _text_</source>
        <translation>Italic (Ctrl+I): _text_</translation>
    </message>
    <message>
        <source>S</source>
        <comment>strikethrough button</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>Strikethrough (Ctrl+Shift+X): ~text~</source>
        <translation>Strikethrough (Ctrl+Shift+X): ~text~</translation>
    </message>
    <message>
        <source>Mono</source>
        <comment>monospace button</comment>
        <translation>Mono</translation>
    </message>
    <message>
        <source>Monospace: ```text```</source>
        <translation>Monospace: ```text```</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <source>Too long for one WhatsApp message: the relay will refuse to publish it.</source>
        <translation>Too long for one WhatsApp message: the relay will refuse to publish it.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::ApiClientDialog</name>
    <message>
        <source>New API client</source>
        <translation>New API client</translation>
    </message>
    <message>
        <source>e.g. SIRE</source>
        <translation>e.g. SIRE</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> per minute</translation>
    </message>
    <message>
        <source>optional: the subject (CN) its TLS client certificate must carry</source>
        <translation>optional: the subject (CN) its TLS client certificate must carry</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Permissions:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>Client &amp;certificate:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>A name is required.</translation>
    </message>
    <message>
        <source>Choose at least one permission for the client.</source>
        <translation>Choose at least one permission for the client.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::ApiClientTableModel</name>
    <message>
        <source>%1/min</source>
        <comment>requests per minute</comment>
        <translation>%1/min</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>Required: %1</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Not required</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client certificate</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Token rotated</source>
        <translation>Token rotated</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
</context>
<context>
    <name>sportello::desk::ApiClientsPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;New client…</translation>
    </message>
    <message>
        <source>R&amp;otate token…</source>
        <translation>R&amp;otate token…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <source>Systems such as SIRE that use the relay&apos;s API (/api/v1) with a token.</source>
        <translation>Systems such as SIRE that use the relay&apos;s API (/api/v1) with a token.</translation>
    </message>
    <message>
        <source>API client %1 created.</source>
        <translation>API client %1 created.</translation>
    </message>
    <message>
        <source>Rotate token</source>
        <translation>Rotate token</translation>
    </message>
    <message>
        <source>Give %1 a new token? The current token stops working at once: %1 must be configured with the new one.</source>
        <translation>Give %1 a new token? The current token stops working at once: %1 must be configured with the new one.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotate</translation>
    </message>
    <message>
        <source>Token of %1 rotated.</source>
        <translation>Token of %1 rotated.</translation>
    </message>
    <message>
        <source>Revoke API client</source>
        <translation>Revoke API client</translation>
    </message>
    <message>
        <source>Revoke %1? Its token stops working at once, and this cannot be undone.</source>
        <translation>Revoke %1? Its token stops working at once, and this cannot be undone.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>API client %1 revoked.</source>
        <translation>API client %1 revoked.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::AuditPanel</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Any user (exact username)</source>
        <translation>Any user (exact username)</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Any action</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>Who did what, and when: logins, account changes, publications, broadcasts, replies, exports. The trail cannot be changed, only read.</source>
        <translation>Who did what, and when: logins, account changes, publications, broadcasts, replies, exports. The trail cannot be changed, only read.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown; scroll down for older ones.</source>
        <translation>
            <numerusform>%n entry shown; scroll down for older ones.</numerusform>
            <numerusform>%n entries shown; scroll down for older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching entries.</source>
        <translation>
            <numerusform>%n matching entry.</numerusform>
            <numerusform>%n matching entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n entry exported to %1.</numerusform>
            <numerusform>%n entries exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sportello::desk::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>sportello::desk::AvailabilityDaysModel</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Minutes measured</source>
        <translation>Minutes measured</translation>
    </message>
    <message>
        <source>Minutes unavailable</source>
        <translation>Minutes unavailable</translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation>Availability (%)</translation>
    </message>
</context>
<context>
    <name>sportello::desk::BotTestPanel</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Write as a citizen would, e.g. #centrivaccinali or ciao</source>
        <translation>Write as a citizen would, e.g. #centrivaccinali or ciao</translation>
    </message>
    <message>
        <source>Draft (not yet published)</source>
        <translation>Draft (not yet published)</translation>
    </message>
    <message>
        <source>Published tree (what citizens get now)</source>
        <translation>Published tree (what citizens get now)</translation>
    </message>
    <message>
        <source>Write a message and press Send to see the bot&apos;s reply.</source>
        <translation>Write a message and press Send to see the bot&apos;s reply.</translation>
    </message>
    <message>
        <source>Asking the relay…</source>
        <translation>Asking the relay…</translation>
    </message>
    <message>
        <source>Rule: %1 — %2</source>
        <translation>Rule: %1 — %2</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>node %1</translation>
    </message>
    <message>
        <source>No topic answered.</source>
        <translation>No topic answered.</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>Answered: %1</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Suggested: %1</translation>
    </message>
    <message>
        <source>Counted as unanswered.</source>
        <translation>Counted as unanswered.</translation>
    </message>
    <message>
        <source>Forwarded to the operators.</source>
        <translation>Forwarded to the operators.</translation>
    </message>
    <message>
        <source>Answered from the draft (revision %1).</source>
        <translation>Answered from the draft (revision %1).</translation>
    </message>
    <message>
        <source>Answered from published version %1.</source>
        <translation>Answered from published version %1.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::BroadcastComposer</name>
    <message>
        <source>A &amp;template</source>
        <translation>A &amp;template</translation>
    </message>
    <message>
        <source>A published &amp;answer</source>
        <translation>A published &amp;answer</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Now</translation>
    </message>
    <message>
        <source>&amp;Later, on:</source>
        <translation>&amp;Later, on:</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Send…</translation>
    </message>
    <message>
        <source>For the history, e.g. “New opening hours of the hubs”</source>
        <translation>For the history, e.g. “New opening hours of the hubs”</translation>
    </message>
    <message>
        <source>Local time of this computer</source>
        <translation>Local time of this computer</translation>
    </message>
    <message>
        <source>Shows recipients and duration, and asks before sending</source>
        <translation>Shows recipients and duration, and asks before sending</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>Te&amp;mplate:</translation>
    </message>
    <message>
        <source>Published ans&amp;wer:</source>
        <translation>Published ans&amp;wer:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <source>What the citizen reads:</source>
        <translation>What the citizen reads:</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Choose a template.</translation>
    </message>
    <message>
        <source>The registry has no text for this template: the citizen reads the text approved on Meta.</source>
        <translation>The registry has no text for this template: the citizen reads the text approved on Meta.</translation>
    </message>
    <message>
        <source>Choose a published answer.</source>
        <translation>Choose a published answer.</translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s) with consent to general information</source>
        <translation>
            <numerusform>%n citizen with consent to general information</numerusform>
            <numerusform>%n citizens with consent to general information</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · about %2 at %3 messages per second</source>
        <translation>%1 · about %2 at %3 messages per second</translation>
    </message>
    <message>
        <source>Give the broadcast a name.</source>
        <translation>Give the broadcast a name.</translation>
    </message>
    <message>
        <source>Fill in every parameter: one line of text each.</source>
        <translation>Fill in every parameter: one line of text each.</translation>
    </message>
    <message>
        <source>The scheduled time has passed: choose a later one, or send now.</source>
        <translation>The scheduled time has passed: choose a later one, or send now.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Counting the recipients…</source>
        <translation>Counting the recipients…</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message numerus="yes">
        <source>Send “%1” %2 to %n citizen(s) with consent to general information?</source>
        <translation>
            <numerusform>Send “%1” %2 to %n citizen with consent to general information?</numerusform>
            <numerusform>Send “%1” %2 to %n citizens with consent to general information?</numerusform>
        </translation>
    </message>
    <message>
        <source>At the current rate (%1 messages per second) sending takes about %2.</source>
        <translation>At the current rate (%1 messages per second) sending takes about %2.</translation>
    </message>
    <message>
        <source>Send broadcast</source>
        <translation>Send broadcast</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Not sent.</translation>
    </message>
    <message>
        <source>Creating the broadcast…</source>
        <translation>Creating the broadcast…</translation>
    </message>
    <message>
        <source>Broadcast “%1” created.</source>
        <translation>Broadcast “%1” created.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::BroadcastTableModel</name>
    <message>
        <source>Sent %1, delivered %2, read %3, failed %4, cancelled %5, still queued %6</source>
        <translation>Sent %1, delivered %2, read %3, failed %4, cancelled %5, still queued %6</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>progress percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Scheduled for</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
</context>
<context>
    <name>sportello::desk::BroadcastsPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Cancel broadcast…</source>
        <translation>&amp;Cancel broadcast…</translation>
    </message>
    <message>
        <source>Cancel the messages of the selected broadcast that are still queued</source>
        <translation>Cancel the messages of the selected broadcast that are still queued</translation>
    </message>
    <message>
        <source>New broadcast to the citizens who asked for general information</source>
        <translation>New broadcast to the citizens who asked for general information</translation>
    </message>
    <message>
        <source>Cancel the broadcast “%1”?</source>
        <translation>Cancel the broadcast “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) still queued will not be sent.</source>
        <translation>
            <numerusform>%n message still queued will not be sent.</numerusform>
            <numerusform>%n messages still queued will not be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages already sent cannot be called back.</source>
        <translation>Messages already sent cannot be called back.</translation>
    </message>
    <message>
        <source>Cancel broadcast</source>
        <translation>Cancel broadcast</translation>
    </message>
    <message>
        <source>Broadcast “%1” cancelled.</source>
        <translation>Broadcast “%1” cancelled.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::BusiestHoursModel</name>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
</context>
<context>
    <name>sportello::desk::CannedAnswerModel</name>
    <message>
        <source>★ %1</source>
        <comment>a suggested answer</comment>
        <translation>★ %1</translation>
    </message>
</context>
<context>
    <name>sportello::desk::CaseComposer</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Write the reply to the citizen (Ctrl+Enter sends it)</source>
        <translation>Write the reply to the citizen (Ctrl+Enter sends it)</translation>
    </message>
    <message>
        <source>The citizen&apos;s 24-hour window is closed: only an approved template can be sent.</source>
        <translation>The citizen&apos;s 24-hour window is closed: only an approved template can be sent.</translation>
    </message>
    <message>
        <source>The citizen&apos;s 24-hour window closes in %1.</source>
        <translation>The citizen&apos;s 24-hour window closes in %1.</translation>
    </message>
    <message>
        <source>The citizen&apos;s 24-hour window is closed.</source>
        <translation>The citizen&apos;s 24-hour window is closed.</translation>
    </message>
    <message>
        <source>Claim the case to reply.</source>
        <translation>Claim the case to reply.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Reply queued for sending.</source>
        <translation>Reply queued for sending.</translation>
    </message>
    <message>
        <source>The relay cannot be reached: the reply cannot be sent now.</source>
        <translation>The relay cannot be reached: the reply cannot be sent now.</translation>
    </message>
    <message>
        <source>Not sent: the relay cannot be reached. Your text stays here.</source>
        <translation>Not sent: the relay cannot be reached. Your text stays here.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::CaseNotifier</name>
    <message>
        <source>New request for assistance (case %1)</source>
        <translation>New request for assistance (case %1)</translation>
    </message>
    <message>
        <source>A citizen is waiting for an answer.</source>
        <translation>A citizen is waiting for an answer.</translation>
    </message>
    <message>
        <source>%1 is waiting for an answer.</source>
        <translation>%1 is waiting for an answer.</translation>
    </message>
    <message numerus="yes">
        <source>Sportello: %n unread request(s)</source>
        <translation>
            <numerusform>Sportello: %n unread request</numerusform>
            <numerusform>Sportello: %n unread requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Sportello</source>
        <translation>Sportello</translation>
    </message>
</context>
<context>
    <name>sportello::desk::CaseQueueModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>state (outcome)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open now by: %1</source>
        <translation>Open now by: %1</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Window left</source>
        <translation>Window left</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Last message</translation>
    </message>
</context>
<context>
    <name>sportello::desk::CasesPanel</name>
    <message>
        <source>C&amp;laim</source>
        <translation>C&amp;laim</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transfer…</translation>
    </message>
    <message>
        <source>Cl&amp;ose…</source>
        <translation>Cl&amp;ose…</translation>
    </message>
    <message>
        <source>&amp;Next case</source>
        <translation>&amp;Next case</translation>
    </message>
    <message>
        <source>Reveal &amp;number</source>
        <translation>Reveal &amp;number</translation>
    </message>
    <message>
        <source>Show the citizen&apos;s full number (recorded in the audit trail)</source>
        <translation>Show the citizen&apos;s full number (recorded in the audit trail)</translation>
    </message>
    <message>
        <source>Search the published answers</source>
        <translation>Search the published answers</translation>
    </message>
    <message>
        <source>Click an answer to insert it into the reply</source>
        <translation>Click an answer to insert it into the reply</translation>
    </message>
    <message>
        <source>Ready answers</source>
        <translation>Ready answers</translation>
    </message>
    <message>
        <source>&amp;Claim the case</source>
        <translation>&amp;Claim the case</translation>
    </message>
    <message>
        <source>&amp;Write the reply</source>
        <translation>&amp;Write the reply</translation>
    </message>
    <message>
        <source>&amp;Send the reply</source>
        <translation>&amp;Send the reply</translation>
    </message>
    <message>
        <source>Cl&amp;ose the case…</source>
        <translation>Cl&amp;ose the case…</translation>
    </message>
    <message>
        <source>Case %1 · %2 · %3</source>
        <translation>Case %1 · %2 · %3</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>held by %1</translation>
    </message>
    <message>
        <source>window: %1</source>
        <translation>window: %1</translation>
    </message>
    <message>
        <source>No case open. Choose one in the queue, or take the next one.</source>
        <translation>No case open. Choose one in the queue, or take the next one.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>filter (count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Mine</translation>
    </message>
    <message>
        <source>&amp;All open</source>
        <translation>&amp;All open</translation>
    </message>
    <message>
        <source>Closed &amp;today</source>
        <translation>Closed &amp;today</translation>
    </message>
    <message>
        <source>New %1 · claimed %2 · waiting %3</source>
        <translation>New %1 · claimed %2 · waiting %3</translation>
    </message>
    <message>
        <source>Case %1 is yours.</source>
        <translation>Case %1 is yours.</translation>
    </message>
    <message>
        <source>Case %1 is back in the queue.</source>
        <translation>Case %1 is back in the queue.</translation>
    </message>
    <message>
        <source>Transfer the case</source>
        <translation>Transfer the case</translation>
    </message>
    <message>
        <source>Case %1 transferred to %2.</source>
        <translation>Case %1 transferred to %2.</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Case %1 closed.</source>
        <translation>Case %1 closed.</translation>
    </message>
    <message>
        <source>No unassigned case is waiting.</source>
        <translation>No unassigned case is waiting.</translation>
    </message>
    <message>
        <source>Case %1: the citizen&apos;s number is %2 (recorded in the audit trail).</source>
        <translation>Case %1: the citizen&apos;s number is %2 (recorded in the audit trail).</translation>
    </message>
    <message>
        <source>First reply after %1</source>
        <translation>First reply after %1</translation>
    </message>
    <message>
        <source>Unassi&amp;gned</source>
        <translation>Unassi&amp;gned</translation>
    </message>
    <message>
        <source>Not available while the relay cannot be reached.</source>
        <translation>Not available while the relay cannot be reached.</translation>
    </message>
    <message>
        <source>Offline: the relay cannot be reached. Replies and case actions are disabled until the connection is back; the desk reconnects by itself.</source>
        <translation>Offline: the relay cannot be reached. Replies and case actions are disabled until the connection is back; the desk reconnects by itself.</translation>
    </message>
    <message>
        <source>The queue shown is the last known, from %1.</source>
        <translation>The queue shown is the last known, from %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (username)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No colleague who may answer requests can take the case.</source>
        <translation>No colleague who may answer requests can take the case.</translation>
    </message>
    <message>
        <source>Colleague who takes the case:</source>
        <translation>Colleague who takes the case:</translation>
    </message>
</context>
<context>
    <name>sportello::desk::CitizenRightsPanel</name>
    <message>
        <source>&amp;Export data…</source>
        <translation>&amp;Export data…</translation>
    </message>
    <message>
        <source>E&amp;rase data…</source>
        <translation>E&amp;rase data…</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>WhatsApp user id</source>
        <translation>WhatsApp user id</translation>
    </message>
    <message>
        <source>e.g. +39 340 123 4567</source>
        <translation>e.g. +39 340 123 4567</translation>
    </message>
    <message>
        <source>e.g. certified e-mail ref. 2026/81 of 3 December</source>
        <translation>e.g. certified e-mail ref. 2026/81 of 3 December</translation>
    </message>
    <message>
        <source>e.g. US.1234567</source>
        <translation>e.g. US.1234567</translation>
    </message>
    <message>
        <source>A citizen&apos;s requests under the GDPR: access to their data (Art. 15) and its erasure (Art. 17). Both are recorded in the audit trail with your name and the reason; the reason must not contain the number.</source>
        <translation>A citizen&apos;s requests under the GDPR: access to their data (Art. 15) and its erasure (Art. 17). Both are recorded in the audit trail with your name and the reason; the reason must not contain the number.</translation>
    </message>
    <message>
        <source>&amp;Citizen:</source>
        <translation>&amp;Citizen:</translation>
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translation>Reas&amp;on:</translation>
    </message>
    <message>
        <source>This is not a phone number with its country code, e.g. +39 340 123 4567.</source>
        <translation>This is not a phone number with its country code, e.g. +39 340 123 4567.</translation>
    </message>
    <message>
        <source>A WhatsApp user id is made of letters, digits, dots, dashes and underscores.</source>
        <translation>A WhatsApp user id is made of letters, digits, dots, dashes and underscores.</translation>
    </message>
    <message>
        <source>Say why: the reference of the citizen&apos;s request.</source>
        <translation>Say why: the reference of the citizen&apos;s request.</translation>
    </message>
    <message>
        <source>Export a citizen&apos;s data</source>
        <translation>Export a citizen&apos;s data</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message>
        <source>The data held about %1 was saved to %2.</source>
        <translation>The data held about %1 was saved to %2.</translation>
    </message>
    <message>
        <source>No data is held about %1; the answer saying so was saved to %2.</source>
        <translation>No data is held about %1; the answer saying so was saved to %2.</translation>
    </message>
    <message>
        <source>Erase a citizen&apos;s data</source>
        <translation>Erase a citizen&apos;s data</translation>
    </message>
    <message>
        <source>Erase everything held about %1: their contact, messages both ways and their statuses, reminders and broadcasts received, cases and consent? Messages not yet sent to them are cancelled. Only the consent ledger is kept as proof, without the number. This cannot be undone.</source>
        <translation>Erase everything held about %1: their contact, messages both ways and their statuses, reminders and broadcasts received, cases and consent? Messages not yet sent to them are cancelled. Only the consent ledger is kept as proof, without the number. This cannot be undone.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Erasing…</translation>
    </message>
    <message>
        <source>The data of %1 was erased: %2</source>
        <translation>The data of %1 was erased: %2</translation>
    </message>
    <message>
        <source>No data is held about %1: nothing was erased.</source>
        <translation>No data is held about %1: nothing was erased.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) received, </source>
        <translation>
            <numerusform>%n message received, </numerusform>
            <numerusform>%n messages received, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent, </source>
        <translation>
            <numerusform>%n message sent, </numerusform>
            <numerusform>%n messages sent, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>%n case.</numerusform>
            <numerusform>%n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not yet sent were cancelled.</source>
        <translation>
            <numerusform>%n message not yet sent was cancelled.</numerusform>
            <numerusform>%n messages not yet sent were cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent record(s) kept without the number.</source>
        <translation>
            <numerusform>%n consent record kept without the number.</numerusform>
            <numerusform>%n consent records kept without the number.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reason is required, at most 500 characters, and must not contain the number.</source>
        <translation>The reason is required, at most 500 characters, and must not contain the number.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::DraftController</name>
    <message>
        <source>Someone else changed the content in the meantime. The draft has been reloaded with their changes: check it and make your change again.</source>
        <translation>Someone else changed the content in the meantime. The draft has been reloaded with their changes: check it and make your change again.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::DraftTreeModel</name>
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
    <name>sportello::desk::IncidentTableModel</name>
    <message>
        <source>Relay down</source>
        <translation>Relay down</translation>
    </message>
    <message>
        <source>Database not writable</source>
        <translation>Database not writable</translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation>Sending stopped</translation>
    </message>
    <message>
        <source>Probe failed</source>
        <translation>Probe failed</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>sportello::desk::IssueListModel</name>
    <message>
        <source>Whole tree</source>
        <translation>Whole tree</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>node %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <message>
        <source>The password was not changed: log in again to choose one.</source>
        <translation>The password was not changed: log in again to choose one.</translation>
    </message>
    <message>
        <source>6 digits from the authenticator app</source>
        <translation>6 digits from the authenticator app</translation>
    </message>
    <message>
        <source>Use a &amp;recovery code instead</source>
        <translation>Use a &amp;recovery code instead</translation>
    </message>
    <message>
        <source>A recovery code, e.g. abcd-efgh-jkmn</source>
        <translation>A recovery code, e.g. abcd-efgh-jkmn</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>Enter one of your recovery codes.</source>
        <translation>Enter one of your recovery codes.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Enter the code from your authenticator app.</translation>
    </message>
    <message>
        <source>Two-factor authentication was not set up: log in again to set it up.</source>
        <translation>Two-factor authentication was not set up: log in again to set it up.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::MainWindow</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
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
        <source>Logged in as %1 (%2)</source>
        <translation>Logged in as %1 (%2)</translation>
    </message>
    <message>
        <source>Session valid until %1</source>
        <translation>Session valid until %1</translation>
    </message>
    <message>
        <source>Sportello — Contents[*]</source>
        <translation>Sportello — Contents[*]</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <source>&amp;Try the bot</source>
        <translation>&amp;Try the bot</translation>
    </message>
    <message>
        <source>&amp;Unanswered</source>
        <translation>&amp;Unanswered</translation>
    </message>
    <message>
        <source>Problems to fix before publishing:</source>
        <translation>Problems to fix before publishing:</translation>
    </message>
    <message>
        <source>No draft loaded</source>
        <translation>No draft loaded</translation>
    </message>
    <message>
        <source>#%1 saved in the draft.</source>
        <translation>#%1 saved in the draft.</translation>
    </message>
    <message>
        <source>Published: citizens now receive version %1.</source>
        <translation>Published: citizens now receive version %1.</translation>
    </message>
    <message>
        <source>Rolled back: version %1 is published.</source>
        <translation>Rolled back: version %1 is published.</translation>
    </message>
    <message>
        <source>Draft discarded: it is again the published tree.</source>
        <translation>Draft discarded: it is again the published tree.</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Not published: %1</translation>
    </message>
    <message>
        <source>Draft with unpublished changes (based on version %1)</source>
        <translation>Draft with unpublished changes (based on version %1)</translation>
    </message>
    <message>
        <source>Draft equal to published version %1</source>
        <translation>Draft equal to published version %1</translation>
    </message>
    <message>
        <source>Draft revision %1</source>
        <translation>Draft revision %1</translation>
    </message>
    <message>
        <source>Fetch the draft from the server again</source>
        <translation>Fetch the draft from the server again</translation>
    </message>
    <message>
        <source>New &amp;sub-topic…</source>
        <translation>New &amp;sub-topic…</translation>
    </message>
    <message>
        <source>Add a hashtag under the selected one</source>
        <translation>Add a hashtag under the selected one</translation>
    </message>
    <message>
        <source>New topic &amp;beside…</source>
        <translation>New topic &amp;beside…</translation>
    </message>
    <message>
        <source>Add a hashtag after the selected one</source>
        <translation>Add a hashtag after the selected one</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <source>Rename the selected hashtag in the tree</source>
        <translation>Rename the selected hashtag in the tree</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the selected hashtag and its sub-topics</source>
        <translation>Delete the selected hashtag and its sub-topics</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Undo the last change to the draft</source>
        <translation>Undo the last change to the draft</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Re&amp;do</translation>
    </message>
    <message>
        <source>Redo the last undone change</source>
        <translation>Redo the last undone change</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publish…</translation>
    </message>
    <message>
        <source>Publish the draft: citizens receive it at once</source>
        <translation>Publish the draft: citizens receive it at once</translation>
    </message>
    <message>
        <source>Di&amp;scard draft…</source>
        <translation>Di&amp;scard draft…</translation>
    </message>
    <message>
        <source>Throw away all unpublished changes</source>
        <translation>Throw away all unpublished changes</translation>
    </message>
    <message>
        <source>Version &amp;history…</source>
        <translation>Version &amp;history…</translation>
    </message>
    <message>
        <source>Published versions, their changes, rollback</source>
        <translation>Published versions, their changes, rollback</translation>
    </message>
    <message>
        <source>Close the application</source>
        <translation>Close the application</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation>&amp;Draft</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>Re&amp;do %1</source>
        <translation>Re&amp;do %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The changes to #%1 are not saved. Save them in the draft now? Otherwise they are lost.</source>
        <translation>The changes to #%1 are not saved. Save them in the draft now? Otherwise they are lost.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>New topic</translation>
    </message>
    <message>
        <source>Hashtag of the new topic (letters and digits, no spaces):</source>
        <translation>Hashtag of the new topic (letters and digits, no spaces):</translation>
    </message>
    <message>
        <source>Delete #%1 from the draft?</source>
        <translation>Delete #%1 from the draft?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n sub-topic(s) will be deleted too.</source>
        <translation>
            <numerusform>Its %n sub-topic will be deleted too.</numerusform>
            <numerusform>Its %n sub-topics will be deleted too.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this until you log out.</source>
        <translation>You can undo this until you log out.</translation>
    </message>
    <message>
        <source>Delete topic</source>
        <translation>Delete topic</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>What changed? (a note for the version history, required)</source>
        <translation>What changed? (a note for the version history, required)</translation>
    </message>
    <message>
        <source>Not published: a note is required.</source>
        <translation>Not published: a note is required.</translation>
    </message>
    <message>
        <source>Publish the draft? Citizens receive the new answers at once.</source>
        <translation>Publish the draft? Citizens receive the new answers at once.</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>Throw away every unpublished change? The draft becomes the published tree again. This cannot be undone.</source>
        <translation>Throw away every unpublished change? The draft becomes the published tree again. This cannot be undone.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>&amp;Broadcasts</source>
        <translation>&amp;Broadcasts</translation>
    </message>
    <message>
        <source>Te&amp;mplates</source>
        <translation>Te&amp;mplates</translation>
    </message>
    <message>
        <source>&amp;API clients</source>
        <translation>&amp;API clients</translation>
    </message>
    <message>
        <source>New &amp;root topic…</source>
        <translation>New &amp;root topic…</translation>
    </message>
    <message>
        <source>In&amp;box</source>
        <translation>In&amp;box</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Inbox</translation>
    </message>
    <message>
        <source>In&amp;box (%1)</source>
        <translation>In&amp;box (%1)</translation>
    </message>
    <message>
        <source>Offline: reconnecting to the relay…</source>
        <translation>Offline: reconnecting to the relay…</translation>
    </message>
    <message>
        <source>U&amp;sers</source>
        <translation>U&amp;sers</translation>
    </message>
    <message>
        <source>Audit tra&amp;il</source>
        <translation>Audit tra&amp;il</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>My &amp;sessions…</source>
        <translation>My &amp;sessions…</translation>
    </message>
    <message>
        <source>Where you are logged in; end the sessions you do not need</source>
        <translation>Where you are logged in; end the sessions you do not need</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistics</translation>
    </message>
    <message>
        <source>Data &amp;subject rights</source>
        <translation>Data &amp;subject rights</translation>
    </message>
</context>
<context>
    <name>sportello::desk::NodeEditor</name>
    <message>
        <source>e.g. centrivaccinali</source>
        <translation>e.g. centrivaccinali</translation>
    </message>
    <message>
        <source>Shown in the menus (24 characters at most)</source>
        <translation>Shown in the menus (24 characters at most)</translation>
    </message>
    <message>
        <source>Other words for this hashtag, separated by commas</source>
        <translation>Other words for this hashtag, separated by commas</translation>
    </message>
    <message>
        <source>&amp;Hashtag:</source>
        <translation>&amp;Hashtag:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>English title:</source>
        <translation>English title:</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>&amp;Aliases:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valid from:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <source>Reviewed on:</source>
        <translation>Reviewed on:</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>Reviewed by:</translation>
    </message>
    <message>
        <source>Answer (Italian):</source>
        <translation>Answer (Italian):</translation>
    </message>
    <message>
        <source>Answer (English, optional):</source>
        <translation>Answer (English, optional):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save this topic in the draft (Ctrl+S). Citizens see it after publishing.</source>
        <translation>Save this topic in the draft (Ctrl+S). Citizens see it after publishing.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2</source>
        <translation>Last changed by %1 on %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>who changed a topic</comment>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Select a hashtag to edit it.</source>
        <translation>Select a hashtag to edit it.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::NodePreview</name>
    <message>
        <source>What the citizen receives (draft)</source>
        <translation>What the citizen receives (draft)</translation>
    </message>
    <message>
        <source>Select a hashtag to see its preview.</source>
        <translation>Select a hashtag to see its preview.</translation>
    </message>
    <message>
        <source>Asking the relay…</source>
        <translation>Asking the relay…</translation>
    </message>
    <message>
        <source>No preview available.</source>
        <translation>No preview available.</translation>
    </message>
    <message>
        <source>Draft revision %1</source>
        <translation>Draft revision %1</translation>
    </message>
</context>
<context>
    <name>sportello::desk::OptionalDateEdit</name>
    <message>
        <source>Set a date</source>
        <translation>Set a date</translation>
    </message>
</context>
<context>
    <name>sportello::desk::ParameterFields</name>
    <message>
        <source>Parameter {{%1}}:</source>
        <translation>Parameter {{%1}}:</translation>
    </message>
</context>
<context>
    <name>sportello::desk::PasswordChangeDialog</name>
    <message>
        <source>Choose your password</source>
        <translation>Choose your password</translation>
    </message>
    <message>
        <source>You logged in as %1 with a temporary password. Choose your own password to continue: at least 12 characters, not containing your username, not a common password or word.</source>
        <translation>You logged in as %1 with a temporary password. Choose your own password to continue: at least 12 characters, not containing your username, not a common password or word.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Repeat it:</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>Enter the new password.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::PushFunnelModel</name>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Read (lower bound)</source>
        <translation>Read (lower bound)</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>% of sent</source>
        <translation>% of sent</translation>
    </message>
</context>
<context>
    <name>sportello::desk::ReplyTimesTableModel</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Median (s)</source>
        <translation>Median (s)</translation>
    </message>
    <message>
        <source>90th percentile (s)</source>
        <translation>90th percentile (s)</translation>
    </message>
</context>
<context>
    <name>sportello::desk::RequestsTableModel</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Replies to a push</source>
        <translation>Replies to a push</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>sportello::desk::SessionTableModel</name>
    <message>
        <source>Unknown</source>
        <comment>address</comment>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>This desk</translation>
    </message>
    <message>
        <source>Ends by %1 at the latest</source>
        <translation>Ends by %1 at the latest</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>From address</translation>
    </message>
    <message>
        <source>This one</source>
        <translation>This one</translation>
    </message>
</context>
<context>
    <name>sportello::desk::SessionsDialog</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;End session…</source>
        <translation>&amp;End session…</translation>
    </message>
    <message>
        <source>End &amp;all sessions…</source>
        <translation>End &amp;all sessions…</translation>
    </message>
    <message>
        <source>End &amp;all other sessions…</source>
        <translation>End &amp;all other sessions…</translation>
    </message>
    <message>
        <source>Sessions of %1</source>
        <translation>Sessions of %1</translation>
    </message>
    <message>
        <source>My sessions</source>
        <translation>My sessions</translation>
    </message>
    <message>
        <source>Where %1 is logged in now. Ending a session logs that desk out at once.</source>
        <translation>Where %1 is logged in now. Ending a session logs that desk out at once.</translation>
    </message>
    <message>
        <source>Where you are logged in now. End a session you do not recognise, or one left open on another computer; then change your password.</source>
        <translation>Where you are logged in now. End a session you do not recognise, or one left open on another computer; then change your password.</translation>
    </message>
    <message numerus="yes">
        <source>%n open session(s).</source>
        <translation>
            <numerusform>%n open session.</numerusform>
            <numerusform>%n open sessions.</numerusform>
        </translation>
    </message>
    <message>
        <source>End session</source>
        <translation>End session</translation>
    </message>
    <message>
        <source>End the session opened %1 from %2? That desk is logged out at once.</source>
        <translation>End the session opened %1 from %2? That desk is logged out at once.</translation>
    </message>
    <message numerus="yes">
        <source>End all %n session(s) of %1? Every desk of theirs is logged out at once.</source>
        <translation>
            <numerusform>End %n session of %1? Their desk is logged out at once.</numerusform>
            <numerusform>End all %n sessions of %1? Every desk of theirs is logged out at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End your %n other session(s)? Only this desk stays logged in.</source>
        <translation>
            <numerusform>End your %n other session? Only this desk stays logged in.</numerusform>
            <numerusform>End your %n other sessions? Only this desk stays logged in.</numerusform>
        </translation>
    </message>
    <message>
        <source>End sessions</source>
        <translation>End sessions</translation>
    </message>
    <message numerus="yes">
        <source>Sessions ended: %n open.</source>
        <translation>
            <numerusform>Sessions ended: %n open.</numerusform>
            <numerusform>Sessions ended: %n open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sportello::desk::StatsPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>Requests per period</source>
        <translation>Requests per period</translation>
    </message>
    <message>
        <source>Most asked topics (click a bar to see its requests)</source>
        <translation>Most asked topics (click a bar to see its requests)</translation>
    </message>
    <message>
        <source>Pushes and broadcasts: from sent to replied (read is a lower bound)</source>
        <translation>Pushes and broadcasts: from sent to replied (read is a lower bound)</translation>
    </message>
    <message>
        <source>Automatic reply time</source>
        <translation>Automatic reply time</translation>
    </message>
    <message>
        <source>Operator reply time</source>
        <translation>Operator reply time</translation>
    </message>
    <message>
        <source>Availability this month</source>
        <translation>Availability this month</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Pushes</source>
        <translation>Pushes</translation>
    </message>
    <message>
        <source>Reply times</source>
        <translation>Reply times</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Figures from %1 to %2.</source>
        <translation>Figures from %1 to %2.</translation>
    </message>
    <message>
        <source>Some figures could not be loaded: %1</source>
        <translation>Some figures could not be loaded: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Availability in %1: %2 % (target %3 %)</source>
        <translation>Availability in %1: %2 % (target %3 %)</translation>
    </message>
    <message>
        <source>Availability in %1: not measured yet</source>
        <translation>Availability in %1: not measured yet</translation>
    </message>
    <message>
        <source>Requests about #%1 and its subtopics</source>
        <translation>Requests about #%1 and its subtopics</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>All requests</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Export the table</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message>
        <source>Monthly report PDF…</source>
        <translation>Monthly report PDF…</translation>
    </message>
    <message>
        <source>Busiest hours (Rome time), by weekday</source>
        <translation>Busiest hours (Rome time), by weekday</translation>
    </message>
    <message>
        <source>Requests the bot could not answer</source>
        <translation>Requests the bot could not answer</translation>
    </message>
    <message>
        <source>Busiest hours</source>
        <translation>Busiest hours</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <source>Requests the bot could not answer: %1 of %2; the unknown terms asked most</source>
        <translation>Requests the bot could not answer: %1 of %2; the unknown terms asked most</translation>
    </message>
    <message>
        <source>Not exported: the relay&apos;s threshold for small counts is not known yet; refresh first.</source>
        <translation>Not exported: the relay&apos;s threshold for small counts is not known yet; refresh first.</translation>
    </message>
    <message>
        <source>Monthly report PDF</source>
        <translation>Monthly report PDF</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>Save the monthly report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the monthly report…</source>
        <translation>Preparing the monthly report…</translation>
    </message>
    <message>
        <source>Monthly report saved to %1.</source>
        <translation>Monthly report saved to %1.</translation>
    </message>
    <message>
        <source>Monthly report not written: %1</source>
        <translation>Monthly report not written: %1</translation>
    </message>
</context>
<context>
    <name>sportello::desk::TemplateDialog</name>
    <message>
        <source>Edit template</source>
        <translation>Edit template</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>New template</translation>
    </message>
    <message>
        <source>as approved on Meta, e.g. promemoria_appuntamento</source>
        <translation>as approved on Meta, e.g. promemoria_appuntamento</translation>
    </message>
    <message>
        <source>The approved text with {{1}}, {{2}}… where the parameters go (for previews)</source>
        <translation>The approved text with {{1}}, {{2}}… where the parameters go (for previews)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>&amp;Parameters:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>A name is required.</translation>
    </message>
    <message>
        <source>A language is required, e.g. it.</source>
        <translation>A language is required, e.g. it.</translation>
    </message>
    <message>
        <source>Name and language may not contain “/”.</source>
        <translation>Name and language may not contain “/”.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::TemplateTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>sportello::desk::TemplatesPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation>&amp;New template…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>The WhatsApp templates approved on Meta that the relay may send.</source>
        <translation>The WhatsApp templates approved on Meta that the relay may send.</translation>
    </message>
    <message>
        <source>The WhatsApp templates approved on Meta that the relay may send (only administrators change them).</source>
        <translation>The WhatsApp templates approved on Meta that the relay may send (only administrators change them).</translation>
    </message>
    <message>
        <source>Template %1 (%2) saved.</source>
        <translation>Template %1 (%2) saved.</translation>
    </message>
    <message>
        <source>Delete the template %1 (%2) from the registry? Notifications and broadcasts using it will be refused until it is added again.</source>
        <translation>Delete the template %1 (%2) from the registry? Notifications and broadcasts using it will be refused until it is added again.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Delete template</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Template %1 (%2) deleted.</source>
        <translation>Template %1 (%2) deleted.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::TemporaryPasswordDialog</name>
    <message>
        <source>Temporary password of %1</source>
        <translation>Temporary password of %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>The password of %1 was reset; any open session of theirs has ended. The temporary password:</source>
        <translation>The password of %1 was reset; any open session of theirs has ended. The temporary password:</translation>
    </message>
    <message>
        <source>User %1 created. The temporary password:</source>
        <translation>User %1 created. The temporary password:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Give it to %1 in person or by phone, never by e-mail.&lt;/b&gt; It cannot be shown again, and it must be changed at the first login.</source>
        <translation>&lt;b&gt;Give it to %1 in person or by phone, never by e-mail.&lt;/b&gt; It cannot be shown again, and it must be changed at the first login.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::TokenDialog</name>
    <message>
        <source>Token of %1</source>
        <translation>Token of %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy this token now and give it to %1 through a safe channel.&lt;/b&gt; It cannot be shown again: Sportello keeps only a fingerprint of it. If it is lost, rotate the token.</source>
        <translation>&lt;b&gt;Copy this token now and give it to %1 through a safe channel.&lt;/b&gt; It cannot be shown again: Sportello keeps only a fingerprint of it. If it is lost, rotate the token.</translation>
    </message>
    <message>
        <source>The new token of %1. The old token no longer works.</source>
        <translation>The new token of %1. The old token no longer works.</translation>
    </message>
    <message>
        <source>The token of the new API client %1:</source>
        <translation>The token of the new API client %1:</translation>
    </message>
</context>
<context>
    <name>sportello::desk::TopTermsModel</name>
    <message>
        <source>Unknown term</source>
        <translation>Unknown term</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
</context>
<context>
    <name>sportello::desk::TopTopicsTableModel</name>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Requests (with subtopics)</source>
        <translation>Requests (with subtopics)</translation>
    </message>
    <message>
        <source>Requests (this topic)</source>
        <translation>Requests (this topic)</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(no topic)</translation>
    </message>
</context>
<context>
    <name>sportello::desk::TwoFactorDialog</name>
    <message>
        <source>Set up two-factor authentication</source>
        <translation>Set up two-factor authentication</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 digits</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Your role requires two-factor authentication for %1. Scan this QR code with an authenticator app (for example FreeOTP, Google Authenticator or Microsoft Authenticator), or type the key into it by hand; then enter the 6-digit code the app shows.</source>
        <translation>Your role requires two-factor authentication for %1. Scan this QR code with an authenticator app (for example FreeOTP, Google Authenticator or Microsoft Authenticator), or type the key into it by hand; then enter the 6-digit code the app shows.</translation>
    </message>
    <message>
        <source>C&amp;opy the codes</source>
        <translation>C&amp;opy the codes</translation>
    </message>
    <message>
        <source>I have saved the recovery codes in a safe place</source>
        <translation>I have saved the recovery codes in a safe place</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Two-factor authentication is on. If you lose the phone with the app, each of these recovery codes lets you log in once instead of a code. They are shown only now: copy them or write them down, and keep them safe.</source>
        <translation>Two-factor authentication is on. If you lose the phone with the app, each of these recovery codes lets you log in once instead of a code. They are shown only now: copy them or write them down, and keep them safe.</translation>
    </message>
    <message>
        <source>Enter the code the app shows.</source>
        <translation>Enter the code the app shows.</translation>
    </message>
    <message>
        <source>The code does not match. Enter the code the app shows now, and check that the phone&apos;s clock is right.</source>
        <translation>The code does not match. Enter the code the app shows now, and check that the phone&apos;s clock is right.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::UnansweredModel</name>
    <message>
        <source>unknown hashtag</source>
        <translation>unknown hashtag</translation>
    </message>
    <message>
        <source>phrase</source>
        <translation>phrase</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Numbers, e-mail addresses and fiscal codes are masked before a request is stored.</source>
        <translation>Numbers, e-mail addresses and fiscal codes are masked before a request is stored.</translation>
    </message>
    <message>
        <source>Citizens</source>
        <comment>column: how many different citizens wrote the request</comment>
        <translation>Citizens</translation>
    </message>
</context>
<context>
    <name>sportello::desk::UnansweredPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Add as &amp;alias…</source>
        <translation>Add as &amp;alias…</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Make the selected request an alias of a hashtag in the draft</source>
        <translation>Make the selected request an alias of a hashtag in the draft</translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered request(s) in the period.</source>
        <translation>
            <numerusform>%n unanswered request in the period.</numerusform>
            <numerusform>%n unanswered requests in the period.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add as alias</source>
        <translation>Add as alias</translation>
    </message>
    <message>
        <source>Which hashtag should answer %1?</source>
        <translation>Which hashtag should answer %1?</translation>
    </message>
    <message>
        <source>This request holds masked personal data: it cannot become an alias</source>
        <translation>This request holds masked personal data: it cannot become an alias</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) with a phrase written by fewer than %1 citizens: counted, not listed.</source>
        <translation>
            <numerusform>%n request with a phrase written by fewer than %1 citizens: counted, not listed.</numerusform>
            <numerusform>%n requests with a phrase written by fewer than %1 citizens: counted, not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sportello::desk::UserDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>e.g. m.rossi</source>
        <translation>e.g. m.rossi</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Name shown:</source>
        <translation>&amp;Name shown:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>The new user receives a temporary password, to change at the first login.</source>
        <translation>The new user receives a temporary password, to change at the first login.</translation>
    </message>
    <message>
        <source>A username is required.</source>
        <translation>A username is required.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>A name is required.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::UserTableModel</name>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>Active, temporary password</source>
        <translation>Active, temporary password</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>last login</comment>
        <translation>Never</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Two-factor</translation>
    </message>
</context>
<context>
    <name>sportello::desk::UsersPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Disable…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>Un&amp;lock</translation>
    </message>
    <message>
        <source>&amp;Sessions…</source>
        <translation>&amp;Sessions…</translation>
    </message>
    <message>
        <source>Filter by name, username, role or state</source>
        <translation>Filter by name, username, role or state</translation>
    </message>
    <message>
        <source>The people who use Sportello. Each role is a fixed set of permissions; the relay checks them on every request.</source>
        <translation>The people who use Sportello. Each role is a fixed set of permissions; the relay checks them on every request.</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>User %1 created.</translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation>User %1 saved.</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer log in, and their open sessions end at once. You can re-enable the account later.</source>
        <translation>Disable %1? They can no longer log in, and their open sessions end at once. You can re-enable the account later.</translation>
    </message>
    <message>
        <source>Re-enable %1? They can log in again with their password.</source>
        <translation>Re-enable %1? They can log in again with their password.</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <source>Re-enable user</source>
        <translation>Re-enable user</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Re-enable</source>
        <translation>Re-enable</translation>
    </message>
    <message>
        <source>User %1 disabled; their sessions have ended.</source>
        <translation>User %1 disabled; their sessions have ended.</translation>
    </message>
    <message>
        <source>User %1 re-enabled.</source>
        <translation>User %1 re-enabled.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Give %1 a new temporary password? The current password stops working and their open sessions end at once.</source>
        <translation>Give %1 a new temporary password? The current password stops working and their open sessions end at once.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Password of %1 reset.</source>
        <translation>Password of %1 reset.</translation>
    </message>
    <message>
        <source>User %1 unlocked: they can log in again.</source>
        <translation>User %1 unlocked: they can log in again.</translation>
    </message>
    <message>
        <source>Re-&amp;enable…</source>
        <translation>Re-&amp;enable…</translation>
    </message>
    <message>
        <source>Reset &amp;two-factor…</source>
        <translation>Reset &amp;two-factor…</translation>
    </message>
    <message>
        <source>Reset two-factor authentication</source>
        <translation>Reset two-factor authentication</translation>
    </message>
    <message>
        <source>Clear the two-factor authentication of %1? Their recovery codes stop working, their open sessions end at once, and at the next login they set it up again.</source>
        <translation>Clear the two-factor authentication of %1? Their recovery codes stop working, their open sessions end at once, and at the next login they set it up again.</translation>
    </message>
    <message>
        <source>Two-factor authentication of %1 reset; their sessions have ended.</source>
        <translation>Two-factor authentication of %1 reset; their sessions have ended.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::VersionHistoryDialog</name>
    <message>
        <source>&amp;Roll back to this version…</source>
        <translation>&amp;Roll back to this version…</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>Version history</translation>
    </message>
    <message>
        <source>Changes from the version before</source>
        <translation>Changes from the version before</translation>
    </message>
    <message>
        <source>Unpublished changes in the draft</source>
        <translation>Unpublished changes in the draft</translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation>Loading the versions…</translation>
    </message>
    <message>
        <source>The first version: nothing to compare it with.</source>
        <translation>The first version: nothing to compare it with.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Roll back</translation>
    </message>
    <message>
        <source>Note for the new version (required):</source>
        <translation>Note for the new version (required):</translation>
    </message>
    <message>
        <source>Back to version %1</source>
        <translation>Back to version %1</translation>
    </message>
    <message>
        <source>A note is required to roll back.</source>
        <translation>A note is required to roll back.</translation>
    </message>
    <message>
        <source>Publish the content of version %1 again as a new version? Citizens receive it at once, and the draft is replaced by it.</source>
        <translation>Publish the content of version %1 again as a new version? Citizens receive it at once, and the draft is replaced by it.</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Rolling back…</translation>
    </message>
</context>
<context>
    <name>sportello::desk::VersionListModel</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>By</source>
        <comment>who published a version</comment>
        <translation>By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
</context>
</TS>
