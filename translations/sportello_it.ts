<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>ApiMessages</name>
    <message>
        <source>Wrong username or password.</source>
        <translation>Nome utente o password errati.</translation>
    </message>
    <message>
        <source>The server no longer accepts this session. Please log in again.</source>
        <translation>Il server non accetta più questa sessione. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation>La sessione è scaduta. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>Too many failed login attempts for this account. Wait a few minutes and try again.</source>
        <translation>Troppi tentativi di accesso falliti per questo account. Attendi qualche minuto e riprova.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Troppe richieste. Attendi un momento e riprova.</translation>
    </message>
    <message>
        <source>Your role does not allow this operation.</source>
        <translation>Il tuo ruolo non consente questa operazione.</translation>
    </message>
    <message>
        <source>The server rejected the request: %1</source>
        <translation>Il server ha rifiutato la richiesta: %1</translation>
    </message>
    <message>
        <source>The request is too large for the server.</source>
        <translation>La richiesta è troppo grande per il server.</translation>
    </message>
    <message>
        <source>The data changed on the server in the meantime. Reload and try again.</source>
        <translation>Nel frattempo i dati sono cambiati sul server. Ricarica e riprova.</translation>
    </message>
    <message>
        <source>The server does not offer this function. Is the relay up to date?</source>
        <translation>Il server non offre questa funzione. Il relay è aggiornato?</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable. Try again later.</source>
        <translation>Il server è temporaneamente non disponibile. Riprova più tardi.</translation>
    </message>
    <message>
        <source>The server had an internal error. Try again later.</source>
        <translation>Si è verificato un errore interno del server. Riprova più tardi.</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>Il server ha segnalato un errore: %1</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Il server ha rifiutato la richiesta (%1).</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP status %1). Try again later.</source>
        <translation>Il server ha avuto un problema (stato HTTP %1). Riprova più tardi.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected HTTP status %1.</source>
        <translation>Il server ha risposto con uno stato HTTP inatteso: %1.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection. Check the address and that the relay is running.</source>
        <translation>Il server %1 ha rifiutato la connessione. Controlla l&apos;indirizzo e che il relay sia in funzione.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection unexpectedly.</source>
        <translation>Il server %1 ha chiuso la connessione inaspettatamente.</translation>
    </message>
    <message>
        <source>The server %1 was not found. Check the address.</source>
        <translation>Il server %1 non è stato trovato. Controlla l&apos;indirizzo.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: %2</source>
        <translation>La connessione sicura (TLS) con %1 non è riuscita: %2</translation>
    </message>
    <message>
        <source>The network is not available. Check this computer&apos;s connection.</source>
        <translation>La rete non è disponibile. Controlla la connessione di questo computer.</translation>
    </message>
    <message>
        <source>The proxy server could not be used: %1</source>
        <translation>Impossibile usare il server proxy: %1</translation>
    </message>
    <message>
        <source>The server redirected to an insecure address; the request was stopped.</source>
        <translation>Il server ha reindirizzato a un indirizzo non sicuro; la richiesta è stata interrotta.</translation>
    </message>
    <message>
        <source>Network error while contacting %1: %2</source>
        <translation>Errore di rete durante il contatto con %1: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: it was not issued by an authority this computer trusts. Configure the relay&apos;s CA file or pin its certificate.</source>
        <translation>Il certificato di %1 non è attendibile: non è stato emesso da un&apos;autorità riconosciuta da questo computer. Configura il file della CA del relay oppure fissa il suo certificato.</translation>
    </message>
    <message>
        <source>The certificate of the server is not valid for the name %1.</source>
        <translation>Il certificato del server non è valido per il nome %1.</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired.</source>
        <translation>Il certificato di %1 è scaduto.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid yet. Check this computer&apos;s date and time.</source>
        <translation>Il certificato di %1 non è ancora valido. Controlla la data e l&apos;ora di questo computer.</translation>
    </message>
    <message>
        <source>The certificate of %1 has been revoked.</source>
        <translation>Il certificato di %1 è stato revocato.</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused: %2</source>
        <translation>Il certificato di %1 è stato rifiutato: %2</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Il server non ha risposto entro %n secondo.</numerusform>
            <numerusform>Il server non ha risposto entro %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server tried to redirect from %1 to %2; only redirects on the same secure server are allowed.</source>
        <translation>Il server ha tentato di reindirizzare da %1 a %2; sono consentiti solo reindirizzamenti sullo stesso server sicuro.</translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation>Il server ha reindirizzato troppe volte.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than the limit of %1.</source>
        <translation>La risposta del server supera il limite di %1.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1). Is the relay the right version?</source>
        <translation>Impossibile leggere la risposta del server (%1). La versione del relay è quella giusta?</translation>
    </message>
    <message>
        <source>The server address is not valid. Write it like https://relay.example.it:8443</source>
        <translation>L&apos;indirizzo del server non è valido. Scrivilo come https://relay.example.it:8443</translation>
    </message>
    <message>
        <source>The server address must start with https:// (the connection is always encrypted).</source>
        <translation>L&apos;indirizzo del server deve iniziare con https:// (la connessione è sempre cifrata).</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read or contains no certificate.</source>
        <translation>Il file della CA %1 non è leggibile o non contiene alcun certificato.</translation>
    </message>
    <message>
        <source>The pinned certificate must be a SHA-256 fingerprint: 64 hexadecimal digits.</source>
        <translation>Il certificato fissato deve essere un&apos;impronta SHA-256: 64 cifre esadecimali.</translation>
    </message>
</context>
<context>
    <name>StartupOptionsParser</name>
    <message>
        <source>Sportello: the operators&apos; desk of the WhatsApp information service.</source>
        <translation>Sportello: la postazione degli operatori del servizio informativo WhatsApp.</translation>
    </message>
    <message>
        <source>Address of the relay, e.g. https://relay.example.it:8443.</source>
        <translation>Indirizzo del relay, per esempio https://relay.example.it:8443.</translation>
    </message>
    <message>
        <source>PEM file with the certificate authority that signed the relay&apos;s certificate.</source>
        <translation>File PEM con l&apos;autorità di certificazione che ha firmato il certificato del relay.</translation>
    </message>
    <message>
        <source>Trust exactly the relay certificate with this SHA-256 fingerprint (hex).</source>
        <translation>Considera attendibile esattamente il certificato del relay con questa impronta SHA-256 (esadecimale).</translation>
    </message>
    <message>
        <source>Username to log in with.</source>
        <translation>Nome utente con cui accedere.</translation>
    </message>
    <message>
        <source>File whose first line is the password; with --server and --user, log in at once.</source>
        <translation>File la cui prima riga è la password; con --server e --user l&apos;accesso avviene subito.</translation>
    </message>
    <message>
        <source>Use this settings file instead of the user&apos;s usual settings.</source>
        <translation>Usa questo file di impostazioni al posto di quelle abituali dell&apos;utente.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argomento inatteso: %1</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>Impossibile leggere il file della password %1: %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Il file della password %1 è vuoto.</translation>
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
        <translation>esadecimale</translation>
    </message>
    <message>
        <source>name</source>
        <comment>command-line value name</comment>
        <translation>nome</translation>
    </message>
</context>
<context>
    <name>sportello::desk::HashtagTreeModel</name>
    <message>
        <source>Also: %1</source>
        <translation>Anche: %1</translation>
    </message>
    <message>
        <source>Hashtag</source>
        <translation>Hashtag</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>menu title of a hashtag</comment>
        <translation>Titolo</translation>
    </message>
</context>
<context>
    <name>sportello::desk::LoginDialog</name>
    <message>
        <source>Sportello — Log in</source>
        <translation>Sportello — Accesso</translation>
    </message>
    <message>
        <source>https://relay.example.it:8443</source>
        <comment>example server address</comment>
        <translation>https://relay.regione.piemonte.it:8443</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>System trusted authorities</source>
        <translation>Autorità attendibili del sistema</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>Optional: SHA-256 fingerprint of the relay&apos;s certificate</source>
        <translation>Facoltativo: impronta SHA-256 del certificato del relay</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Certificato del server</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>File della &amp;CA:</translation>
    </message>
    <message>
        <source>P&amp;inned certificate:</source>
        <translation>Certificato &amp;fissato:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connessione a %1…</translation>
    </message>
    <message>
        <source>Certificate authority of the relay</source>
        <translation>Autorità di certificazione del relay</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificati (*.pem *.crt *.cer);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Enter the address of the server.</source>
        <translation>Inserisci l&apos;indirizzo del server.</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Inserisci il tuo nome utente.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Inserisci la tua password.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::MainWindow</name>
    <message>
        <source>Sportello — Hashtag tree</source>
        <translation>Sportello — Albero degli hashtag</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Ricarica</translation>
    </message>
    <message>
        <source>Fetch the published tree from the server again</source>
        <translation>Scarica di nuovo dal server l&apos;albero pubblicato</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <source>No tree loaded</source>
        <translation>Nessun albero caricato</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation>Accesso come %1 (%2)</translation>
    </message>
    <message>
        <source>Session valid until %1</source>
        <translation>Sessione valida fino a %1</translation>
    </message>
    <message>
        <source>Loading the hashtag tree…</source>
        <translation>Caricamento dell&apos;albero degli hashtag…</translation>
    </message>
    <message>
        <source>Tree version %1</source>
        <translation>Albero versione %1</translation>
    </message>
    <message>
        <source>Tree version %1, published %2 by %3</source>
        <translation>Albero versione %1, pubblicato il %2 da %3</translation>
    </message>
    <message numerus="yes">
        <source>%n hashtag(s) loaded.</source>
        <translation>
            <numerusform>%n hashtag caricato.</numerusform>
            <numerusform>%n hashtag caricati.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>who published the tree</comment>
        <translation>sconosciuto</translation>
    </message>
</context>
<context>
    <name>sportello::desk::NodeDetailsView</name>
    <message>
        <source>Select a hashtag to see its answer.</source>
        <translation>Seleziona un hashtag per vederne la risposta.</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Valido dal %1 al %2</translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation>Valido dal %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valido fino al %1</translation>
    </message>
    <message>
        <source>Always valid</source>
        <translation>Sempre valido</translation>
    </message>
    <message>
        <source>No aliases</source>
        <translation>Nessun alias</translation>
    </message>
    <message>
        <source>Aliases: %1</source>
        <translation>Alias: %1</translation>
    </message>
    <message>
        <source>Reviewed on %1</source>
        <translation>Revisionato il %1</translation>
    </message>
    <message>
        <source>Reviewed on %1 by %2</source>
        <translation>Revisionato il %1 da %2</translation>
    </message>
    <message>
        <source>Never reviewed</source>
        <translation>Mai revisionato</translation>
    </message>
    <message>
        <source>Answer (Italian)</source>
        <translation>Risposta (italiano)</translation>
    </message>
    <message>
        <source>No answer yet.</source>
        <translation>Ancora nessuna risposta.</translation>
    </message>
    <message>
        <source>Answer (English)</source>
        <translation>Risposta (inglese)</translation>
    </message>
</context>
</TS>
