<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AdminLabels</name>
    <message>
        <source>Preparing</source>
        <comment>broadcast state</comment>
        <translation>In preparazione</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>broadcast state</comment>
        <translation>Programmata</translation>
    </message>
    <message>
        <source>Sending</source>
        <comment>broadcast state</comment>
        <translation>In invio</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>broadcast state</comment>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>broadcast state</comment>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>Consents</source>
        <comment>API scope</comment>
        <translation>Consensi</translation>
    </message>
    <message>
        <source>Notifications</source>
        <comment>API scope</comment>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>Message status</source>
        <comment>API scope</comment>
        <translation>Stato dei messaggi</translation>
    </message>
    <message>
        <source>Utility</source>
        <comment>template category</comment>
        <translation>Utilità</translation>
    </message>
    <message>
        <source>Marketing</source>
        <comment>template category</comment>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Authentication</source>
        <comment>template category</comment>
        <translation>Autenticazione</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n secondo</numerusform>
            <numerusform>%n secondi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>The name may contain only lowercase letters, digits and underscores, as on Meta.</source>
        <translation>Il nome può contenere solo lettere minuscole, cifre e trattini bassi, come su Meta.</translation>
    </message>
    <message>
        <source>The language must be a code such as it or en_US.</source>
        <translation>La lingua deve essere un codice come it o en_US.</translation>
    </message>
    <message>
        <source>A template takes from 0 to 20 parameters.</source>
        <translation>Un modello ha da 0 a 20 parametri.</translation>
    </message>
    <message>
        <source>The category must be utility, marketing or authentication.</source>
        <translation>La categoria deve essere utility, marketing o authentication.</translation>
    </message>
    <message>
        <source>Every parameter must be one line of text, not empty.</source>
        <translation>Ogni parametro deve essere una riga di testo, non vuota.</translation>
    </message>
    <message>
        <source>Choose at least one permission for the client.</source>
        <translation>Scegli almeno un permesso per il client.</translation>
    </message>
    <message>
        <source>The rate must be between 1 and 100000 requests per minute.</source>
        <translation>Il limite deve essere tra 1 e 100000 richieste al minuto.</translation>
    </message>
    <message>
        <source>The certificate subject is not valid.</source>
        <translation>Il soggetto del certificato non è valido.</translation>
    </message>
    <message>
        <source>The scheduled time is not valid.</source>
        <translation>L&apos;orario programmato non è valido.</translation>
    </message>
    <message>
        <source>This name is already taken.</source>
        <translation>Questo nome è già in uso.</translation>
    </message>
    <message>
        <source>The chosen answer is no longer published. Reload the answers and choose again.</source>
        <translation>La risposta scelta non è più pubblicata. Ricarica le risposte e scegli di nuovo.</translation>
    </message>
    <message>
        <source>It no longer exists on the server (someone else may have removed it). Reload the list.</source>
        <translation>Non esiste più sul server (forse qualcun altro l&apos;ha eliminato). Ricarica l&apos;elenco.</translation>
    </message>
    <message>
        <source>A name is required, and it must not be too long.</source>
        <translation>Il nome è obbligatorio e non deve essere troppo lungo.</translation>
    </message>
</context>
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
    <message>
        <source>The template is not in the template registry (or not in this language).</source>
        <translation>Il modello non è nel registro dei modelli (o non in questa lingua).</translation>
    </message>
    <message>
        <source>The number of parameters does not match the template.</source>
        <translation>Il numero di parametri non corrisponde al modello.</translation>
    </message>
    <message>
        <source>Outside the citizen&apos;s 24-hour window: only an approved template can be sent.</source>
        <translation>Fuori dalla finestra di 24 ore del cittadino: si può inviare solo un modello approvato.</translation>
    </message>
    <message>
        <source>Change your temporary password before you continue.</source>
        <translation>Prima di continuare, cambia la password temporanea.</translation>
    </message>
    <message>
        <source>The relay refused the action on this case: %1</source>
        <translation>Il relay ha rifiutato l&apos;azione sulla richiesta: %1</translation>
    </message>
    <message>
        <source>Wrong or already used code. Wait for the next code of the app and try again.</source>
        <translation>Codice errato o già usato. Attendi il codice successivo dell&apos;app e riprova.</translation>
    </message>
    <message>
        <source>Wrong or already used recovery code.</source>
        <translation>Codice di recupero errato o già usato.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation>Inserisci il codice di 6 cifre dell&apos;app di autenticazione, oppure uno dei tuoi codici di recupero.</translation>
    </message>
    <message>
        <source>Set up two-factor authentication before you continue.</source>
        <translation>Prima di continuare, configura l&apos;autenticazione a due fattori.</translation>
    </message>
</context>
<context>
    <name>BubbleHtml</name>
    <message>
        <source>Template message “%1”</source>
        <translation>Messaggio modello «%1»</translation>
    </message>
    <message>
        <source>The bot sends nothing.</source>
        <translation>Il bot non invia nulla.</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>New</source>
        <translation>Nuova</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>In carico</translation>
    </message>
    <message>
        <source>Waiting for the citizen</source>
        <translation>In attesa del cittadino</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiusa</translation>
    </message>
    <message>
        <source>Unknown hashtag</source>
        <translation>Hashtag sconosciuto</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Testo libero</translation>
    </message>
    <message>
        <source>Photo, audio or document</source>
        <translation>Foto, audio o documento</translation>
    </message>
    <message>
        <source>Asked for an operator</source>
        <translation>Ha chiesto un operatore</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Risolta</translation>
    </message>
    <message>
        <source>Not pertinent</source>
        <translation>Non pertinente</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicata</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>24-hour window</comment>
        <translation>chiusa</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in coda</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>inviato</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>consegnato</translation>
    </message>
    <message>
        <source>read</source>
        <translation>letto</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>non consegnato</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>Not delivered: outside the 24-hour window. Only an approved template can reach the citizen now.</source>
        <translation>Non consegnato: fuori dalla finestra di 24 ore. Ora solo un modello approvato può raggiungere il cittadino.</translation>
    </message>
    <message>
        <source>Not delivered: the number cannot receive WhatsApp messages.</source>
        <translation>Non consegnato: il numero non può ricevere messaggi WhatsApp.</translation>
    </message>
    <message>
        <source>Not delivered: WhatsApp does not support this type of message.</source>
        <translation>Non consegnato: WhatsApp non supporta questo tipo di messaggio.</translation>
    </message>
    <message>
        <source>Not delivered.</source>
        <translation>Non consegnato.</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Non consegnato: %1</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Ancora nessun messaggio.</translation>
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
        <translation>Errore di battitura corretto</translation>
    </message>
    <message>
        <source>Word without #</source>
        <comment>bot rule</comment>
        <translation>Parola senza #</translation>
    </message>
    <message>
        <source>Menu choice</source>
        <comment>bot rule</comment>
        <translation>Scelta dal menu</translation>
    </message>
    <message>
        <source>More topics</source>
        <comment>bot rule</comment>
        <translation>Altri argomenti</translation>
    </message>
    <message>
        <source>Greeting</source>
        <comment>bot rule</comment>
        <translation>Saluto</translation>
    </message>
    <message>
        <source>Empty message</source>
        <comment>bot rule</comment>
        <translation>Messaggio vuoto</translation>
    </message>
    <message>
        <source>Unknown hashtag</source>
        <comment>bot rule</comment>
        <translation>Hashtag sconosciuto</translation>
    </message>
    <message>
        <source>Expired content</source>
        <comment>bot rule</comment>
        <translation>Contenuto scaduto</translation>
    </message>
    <message>
        <source>Question</source>
        <comment>bot rule</comment>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>Free text</source>
        <comment>bot rule</comment>
        <translation>Testo libero</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <comment>bot rule</comment>
        <translation>Consenso revocato</translation>
    </message>
    <message>
        <source>Consent given</source>
        <comment>bot rule</comment>
        <translation>Consenso dato</translation>
    </message>
    <message>
        <source>Unknown rule</source>
        <comment>bot rule</comment>
        <translation>Regola sconosciuta</translation>
    </message>
    <message>
        <source>The message names a hashtag of the tree.</source>
        <translation>Il messaggio contiene un hashtag dell&apos;albero.</translation>
    </message>
    <message>
        <source>The message names an alias of a hashtag.</source>
        <translation>Il messaggio contiene un alias di un hashtag.</translation>
    </message>
    <message>
        <source>The hashtag was misspelt; the closest one was answered.</source>
        <translation>L&apos;hashtag era scritto male: si è risposto con quello più vicino.</translation>
    </message>
    <message>
        <source>The message is a hashtag written without #.</source>
        <translation>Il messaggio è un hashtag scritto senza #.</translation>
    </message>
    <message>
        <source>The citizen chose a row of a menu.</source>
        <translation>Il cittadino ha scelto una voce di un menu.</translation>
    </message>
    <message>
        <source>The citizen asked for the next page of a menu.</source>
        <translation>Il cittadino ha chiesto la pagina successiva di un menu.</translation>
    </message>
    <message>
        <source>A greeting: the main menu is sent.</source>
        <translation>Un saluto: viene inviato il menu principale.</translation>
    </message>
    <message>
        <source>Nothing to read in the message: the main menu is sent.</source>
        <translation>Nel messaggio non c&apos;è nulla da leggere: viene inviato il menu principale.</translation>
    </message>
    <message>
        <source>No such hashtag: the closest ones are suggested. Counted as unanswered.</source>
        <translation>Hashtag inesistente: vengono suggeriti i più vicini. Conta come richiesta senza risposta.</translation>
    </message>
    <message>
        <source>The hashtag exists but is outside its validity window.</source>
        <translation>L&apos;hashtag esiste ma è fuori dal suo periodo di validità.</translation>
    </message>
    <message>
        <source>Free text that looks like a question: it may go to the operators.</source>
        <translation>Testo libero che sembra una domanda: può essere inoltrato agli operatori.</translation>
    </message>
    <message>
        <source>Free text: the main menu is sent. Counted as unanswered.</source>
        <translation>Testo libero: viene inviato il menu principale. Conta come richiesta senza risposta.</translation>
    </message>
    <message>
        <source>The citizen withdraws consent to messages.</source>
        <translation>Il cittadino revoca il consenso ai messaggi.</translation>
    </message>
    <message>
        <source>The citizen gives consent to messages.</source>
        <translation>Il cittadino dà il consenso ai messaggi.</translation>
    </message>
    <message>
        <source>hashtag</source>
        <comment>node field</comment>
        <translation>hashtag</translation>
    </message>
    <message>
        <source>aliases</source>
        <comment>node field</comment>
        <translation>alias</translation>
    </message>
    <message>
        <source>title</source>
        <comment>node field</comment>
        <translation>titolo</translation>
    </message>
    <message>
        <source>English title</source>
        <comment>node field</comment>
        <translation>titolo inglese</translation>
    </message>
    <message>
        <source>Italian answer</source>
        <comment>node field</comment>
        <translation>risposta in italiano</translation>
    </message>
    <message>
        <source>English answer</source>
        <comment>node field</comment>
        <translation>risposta in inglese</translation>
    </message>
    <message>
        <source>valid from</source>
        <comment>node field</comment>
        <translation>valido dal</translation>
    </message>
    <message>
        <source>valid until</source>
        <comment>node field</comment>
        <translation>valido fino al</translation>
    </message>
    <message>
        <source>review date</source>
        <comment>node field</comment>
        <translation>data di revisione</translation>
    </message>
    <message>
        <source>reviewer</source>
        <comment>node field</comment>
        <translation>revisore</translation>
    </message>
    <message>
        <source>parent</source>
        <comment>node field</comment>
        <translation>argomento superiore</translation>
    </message>
    <message>
        <source>position</source>
        <comment>node field</comment>
        <translation>posizione</translation>
    </message>
    <message>
        <source>id</source>
        <comment>node field</comment>
        <translation>id</translation>
    </message>
    <message>
        <source>The Italian answer is empty.</source>
        <translation>La risposta in italiano è vuota.</translation>
    </message>
    <message>
        <source>The %1 is longer than 4096 characters, WhatsApp&apos;s limit for one message.</source>
        <translation>Il campo «%1» supera i 4096 caratteri, il limite di WhatsApp per un messaggio.</translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation>Il titolo è vuoto.</translation>
    </message>
    <message>
        <source>The %1 is longer than 24 characters, the limit of a WhatsApp menu row.</source>
        <translation>Il campo «%1» supera i 24 caratteri, il limite di una voce di menu di WhatsApp.</translation>
    </message>
    <message>
        <source>Not a valid hashtag: 2 to 40 lowercase letters and digits, starting with a letter.</source>
        <translation>Hashtag non valido: da 2 a 40 lettere minuscole e cifre, iniziando con una lettera.</translation>
    </message>
    <message>
        <source>This hashtag or alias is already used.</source>
        <translation>Questo hashtag o alias è già usato.</translation>
    </message>
    <message>
        <source>The validity ends before it starts.</source>
        <translation>La validità finisce prima di iniziare.</translation>
    </message>
    <message>
        <source>The content has expired: citizens no longer receive it.</source>
        <translation>Il contenuto è scaduto: i cittadini non lo ricevono più.</translation>
    </message>
    <message>
        <source>The parent node does not exist.</source>
        <translation>L&apos;argomento superiore non esiste.</translation>
    </message>
    <message>
        <source>The node is its own ancestor.</source>
        <translation>Il nodo risulta antenato di se stesso.</translation>
    </message>
    <message>
        <source>Two nodes have the same id.</source>
        <translation>Due nodi hanno lo stesso id.</translation>
    </message>
    <message>
        <source>The tree must have exactly one root.</source>
        <translation>L&apos;albero deve avere esattamente una radice.</translation>
    </message>
    <message>
        <source>The tree has no nodes.</source>
        <translation>L&apos;albero non ha nodi.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Errore: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avviso: %1</translation>
    </message>
    <message>
        <source>The %1 contains bytes that are not valid text (UTF-8): WhatsApp could not send it.</source>
        <translation>Il campo «%1» contiene byte che non sono testo valido (UTF-8): WhatsApp non potrebbe inviarlo.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>DiffText</name>
    <message>
        <source>(empty)</source>
        <comment>a field value</comment>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>nodo %1</translation>
    </message>
    <message>
        <source>%1: added</source>
        <translation>%1: aggiunto</translation>
    </message>
    <message>
        <source>%1: removed</source>
        <translation>%1: eliminato</translation>
    </message>
    <message>
        <source>%1: %2 changed from %3 to %4</source>
        <translation>%1: %2 cambiato da %3 a %4</translation>
    </message>
    <message>
        <source>%1: changed</source>
        <translation>%1: modificato</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Nessuna differenza.</translation>
    </message>
</context>
<context>
    <name>DraftCommand</name>
    <message>
        <source>Edit #%1</source>
        <translation>Modifica di #%1</translation>
    </message>
    <message>
        <source>Add #%1</source>
        <translation>Aggiunta di #%1</translation>
    </message>
    <message numerus="yes">
        <source>Delete #%1 and %n sub-topic(s)</source>
        <translation>
            <numerusform>Eliminazione di #%1 e di %n sotto-argomento</numerusform>
            <numerusform>Eliminazione di #%1 e di %n sotto-argomenti</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete #%1</source>
        <translation>Eliminazione di #%1</translation>
    </message>
    <message>
        <source>Move #%1</source>
        <translation>Spostamento di #%1</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>Monthly report</source>
        <translation>Rapporto mensile</translation>
    </message>
    <message>
        <source>Regione Piemonte — Sportello WhatsApp COVID-19 — Monthly report</source>
        <translation>Regione Piemonte — Sportello WhatsApp COVID-19 — Rapporto mensile</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>Period: %1 (from %2 to %3, Rome time)</source>
        <translation>Periodo: %1 (dal %2 al %3, ora di Roma)</translation>
    </message>
    <message>
        <source>1. Requests</source>
        <translation>1. Richieste</translation>
    </message>
    <message>
        <source>Requests in the month: %1 — direct requests %2, replies to a push %3; the bot could not answer %4 of them.</source>
        <translation>Richieste nel mese: %1 — richieste dirette %2, risposte a una notifica %3; il bot non ha saputo rispondere a %4 di esse.</translation>
    </message>
    <message>
        <source>Requests per day, by type</source>
        <translation>Richieste al giorno, per tipo</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>settimana del %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Dirette</translation>
    </message>
    <message>
        <source>Replies to a push</source>
        <translation>Risposte a una notifica</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Senza risposta</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>2. Most requested topics</source>
        <translation>2. Argomenti più richiesti</translation>
    </message>
    <message>
        <source>Requests per topic, with its subtopics</source>
        <translation>Richieste per argomento, con i sottoargomenti</translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(nessun argomento)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>With subtopics</source>
        <translation>Con i sottoargomenti</translation>
    </message>
    <message>
        <source>This topic</source>
        <translation>Solo l&apos;argomento</translation>
    </message>
    <message>
        <source>3. Busiest hours (weekday × hour, Rome time)</source>
        <translation>3. Orari di maggiore affluenza (giorno della settimana × ora, ora di Roma)</translation>
    </message>
    <message>
        <source>4. Requests the bot could not answer</source>
        <translation>4. Richieste a cui il bot non ha saputo rispondere</translation>
    </message>
    <message>
        <source>Unanswered requests: %1 of %2 (%3). The unknown terms asked most follow (unknown hashtags, masked; the texts of messages are never in the statistics).</source>
        <translation>Richieste senza risposta: %1 su %2 (%3). Seguono i termini sconosciuti più richiesti (hashtag non riconosciuti, mascherati; i testi dei messaggi non entrano mai nelle statistiche).</translation>
    </message>
    <message>
        <source>Unknown term</source>
        <translation>Termine sconosciuto</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>5. Automatic reply time</source>
        <translation>5. Tempo di risposta automatica</translation>
    </message>
    <message>
        <source>From the citizen&apos;s request to the bot&apos;s reply accepted by WhatsApp, and to that reply delivered; in seconds. Percentiles are within ±%1 of the true value.</source>
        <translation>Dalla richiesta del cittadino alla risposta del bot accettata da WhatsApp, e alla stessa risposta consegnata; in secondi. I percentili si discostano al più del ±%1 dal valore reale.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Misura</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
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
        <translation>Accettata da WhatsApp</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Consegnati</translation>
    </message>
    <message>
        <source>6. Operator reply time and cases</source>
        <translation>6. Tempo di risposta degli operatori e pratiche</translation>
    </message>
    <message>
        <source>From the case opened to the operator&apos;s first reply, in seconds.</source>
        <translation>Dall&apos;apertura della pratica alla prima risposta dell&apos;operatore, in secondi.</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>Tutti gli operatori</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Pratiche</translation>
    </message>
    <message>
        <source>Opened in the month</source>
        <translation>Aperte nel mese</translation>
    </message>
    <message>
        <source>Closed in the month</source>
        <translation>Chiuse nel mese</translation>
    </message>
    <message>
        <source>Still open now</source>
        <translation>Ancora aperte oggi</translation>
    </message>
    <message>
        <source>Closed with outcome “%1”</source>
        <translation>Chiuse con esito «%1»</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>7. Pushes (SIRE reminders) and broadcasts</source>
        <translation>7. Notifiche (promemoria SIRE) e invii massivi</translation>
    </message>
    <message>
        <source>Read is a lower bound: citizens can turn read receipts off. Replied and STOP count the citizens who wrote, or stopped, within 24 hours of the message.</source>
        <translation>I letti sono un limite inferiore: i cittadini possono disattivare le conferme di lettura. Risposte e STOP contano i cittadini che hanno scritto, o si sono disiscritti, entro 24 ore dal messaggio.</translation>
    </message>
    <message>
        <source>Funnel: sent → delivered → read (lower bound) → replied → STOP</source>
        <translation>Imbuto: inviati → consegnati → letti (limite inferiore) → risposte → STOP</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviati</translation>
    </message>
    <message>
        <source>Read (lower bound)</source>
        <translation>Letti (limite inferiore)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riusciti</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <source>template %1</source>
        <translation>modello %1</translation>
    </message>
    <message>
        <source>broadcast %1</source>
        <translation>invio massivo %1</translation>
    </message>
    <message>
        <source>no failures</source>
        <translation>nessun errore</translation>
    </message>
    <message>
        <source>Failed: reason</source>
        <translation>Non riusciti: motivo</translation>
    </message>
    <message>
        <source>relay down</source>
        <translation>relay fermo</translation>
    </message>
    <message>
        <source>database not writable</source>
        <translation>database non scrivibile</translation>
    </message>
    <message>
        <source>sending stopped by WhatsApp</source>
        <translation>invii bloccati da WhatsApp</translation>
    </message>
    <message>
        <source>probe failed</source>
        <translation>sonda fallita</translation>
    </message>
    <message>
        <source>8. Service availability</source>
        <translation>8. Disponibilità del servizio</translation>
    </message>
    <message>
        <source>Availability in the month: %1 against a target of %2; unavailable %3 minutes, budget left %4 minutes. Target %5.</source>
        <translation>Disponibilità nel mese: %1 rispetto a un obiettivo del %2; indisponibilità %3 minuti, margine residuo %4 minuti. Obiettivo %5.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>raggiunto</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non raggiunto</translation>
    </message>
    <message>
        <source>Availability in the month: not measured yet (target %1).</source>
        <translation>Disponibilità nel mese: non ancora misurata (obiettivo %1).</translation>
    </message>
    <message>
        <source>Availability per day against the target</source>
        <translation>Disponibilità giornaliera rispetto all&apos;obiettivo</translation>
    </message>
    <message>
        <source>no incidents</source>
        <translation>nessun incidente</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Delivered to the citizen</source>
        <translation>Consegnata al cittadino</translation>
    </message>
</context>
<context>
    <name>MonthlyReportPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>non è stato possibile avviare il PDF</translation>
    </message>
    <message>
        <source>the pages came out differently</source>
        <translation>le pagine sono risultate diverse</translation>
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
    <name>StatsCharts</name>
    <message>
        <source>Direct</source>
        <translation>Dirette</translation>
    </message>
    <message>
        <source>Replies to a push</source>
        <translation>Risposte a un invio</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Requests (with subtopics)</source>
        <translation>Richieste (con sottoargomenti)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90° percentile</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondi</translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation>Disponibilità (%)</translation>
    </message>
    <message>
        <source>Target %1 %</source>
        <translation>Obiettivo %1 %</translation>
    </message>
    <message>
        <source>Unanswered requests</source>
        <translation>Richieste senza risposta</translation>
    </message>
</context>
<context>
    <name>TemplateText</name>
    <message>
        <source>Required.</source>
        <translation>Obbligatorio.</translation>
    </message>
    <message>
        <source>One line only: no line breaks or tabs.</source>
        <translation>Una sola riga: niente a capo né tabulazioni.</translation>
    </message>
</context>
<context>
    <name>UserLabels</name>
    <message>
        <source>Login</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Accesso non riuscito</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Account bloccato</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Uscita</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password cambiata</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sessione chiusa</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Utente creato</translation>
    </message>
    <message>
        <source>User renamed</source>
        <translation>Utente rinominato</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Ruolo cambiato</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Utente disattivato</translation>
    </message>
    <message>
        <source>User re-enabled</source>
        <translation>Utente riattivato</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reimpostata</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Account sbloccato</translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation>Registro attività esportato</translation>
    </message>
    <message>
        <source>Topic created</source>
        <translation>Argomento creato</translation>
    </message>
    <message>
        <source>Topic edited</source>
        <translation>Argomento modificato</translation>
    </message>
    <message>
        <source>Topic moved</source>
        <translation>Argomento spostato</translation>
    </message>
    <message>
        <source>Topic deleted</source>
        <translation>Argomento eliminato</translation>
    </message>
    <message>
        <source>Topic restored</source>
        <translation>Argomento ripristinato</translation>
    </message>
    <message>
        <source>Draft discarded</source>
        <translation>Bozza scartata</translation>
    </message>
    <message>
        <source>Contents published</source>
        <translation>Contenuti pubblicati</translation>
    </message>
    <message>
        <source>Contents rolled back</source>
        <translation>Contenuti ripristinati a una versione precedente</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>Modello salvato</translation>
    </message>
    <message>
        <source>Template deleted</source>
        <translation>Modello eliminato</translation>
    </message>
    <message>
        <source>Broadcast created</source>
        <translation>Invio massivo creato</translation>
    </message>
    <message>
        <source>Broadcast cancelled</source>
        <translation>Invio massivo annullato</translation>
    </message>
    <message>
        <source>API client created</source>
        <translation>Client API creato</translation>
    </message>
    <message>
        <source>API client token rotated</source>
        <translation>Token del client API rinnovato</translation>
    </message>
    <message>
        <source>API client revoked</source>
        <translation>Client API revocato</translation>
    </message>
    <message>
        <source>Sending resumed</source>
        <translation>Invii ripresi</translation>
    </message>
    <message>
        <source>Reply to a citizen</source>
        <translation>Risposta a un cittadino</translation>
    </message>
    <message>
        <source>Case transferred</source>
        <translation>Pratica trasferita</translation>
    </message>
    <message>
        <source>Phone number revealed</source>
        <translation>Numero di telefono mostrato</translation>
    </message>
    <message>
        <source>Old messages erased</source>
        <translation>Messaggi vecchi cancellati</translation>
    </message>
    <message>
        <source>This is the last active administrator: make another user an administrator first.</source>
        <translation>Questo è l&apos;ultimo amministratore attivo: nominare prima un altro utente amministratore.</translation>
    </message>
    <message>
        <source>This username is already taken.</source>
        <translation>Questo nome utente è già in uso.</translation>
    </message>
    <message>
        <source>The username must be 3 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>Il nome utente deve avere da 3 a 64 caratteri tra lettere, cifre, punti, trattini e trattini bassi.</translation>
    </message>
    <message>
        <source>The name must not be empty and may have at most 100 characters.</source>
        <translation>Il nome non può essere vuoto e può avere al massimo 100 caratteri.</translation>
    </message>
    <message>
        <source>Two-factor authentication set up</source>
        <translation>Autenticazione a due fattori attivata</translation>
    </message>
    <message>
        <source>Two-factor authentication reset</source>
        <translation>Autenticazione a due fattori azzerata</translation>
    </message>
    <message>
        <source>Recovery code used</source>
        <translation>Codice di recupero usato</translation>
    </message>
    <message>
        <source>Report figures rebuilt</source>
        <translation>Dati dei report ricalcolati</translation>
    </message>
    <message>
        <source>Case returned to the queue</source>
        <translation>Richiesta tornata in coda</translation>
    </message>
    <message>
        <source>Citizen&apos;s data exported</source>
        <translation>Dati di un cittadino esportati</translation>
    </message>
    <message>
        <source>Citizen&apos;s data erased</source>
        <translation>Dati di un cittadino cancellati</translation>
    </message>
</context>
<context>
    <name>sportello::desk::AlertBanner</name>
    <message>
        <source>&amp;Resume sending…</source>
        <translation>&amp;Riprendi l&apos;invio…</translation>
    </message>
    <message>
        <source>The cause is fixed (e.g. a new access token): send the queued messages again</source>
        <translation>La causa è risolta (ad es. un nuovo token di accesso): invia di nuovo i messaggi in coda</translation>
    </message>
    <message>
        <source>WhatsApp refused the access token (error %1).</source>
        <translation>WhatsApp ha rifiutato il token di accesso (errore %1).</translation>
    </message>
    <message>
        <source>WhatsApp refused the relay&apos;s credentials.</source>
        <translation>WhatsApp ha rifiutato le credenziali del relay.</translation>
    </message>
    <message>
        <source>WhatsApp blocked or restricted the account (error %1).</source>
        <translation>WhatsApp ha bloccato o limitato l&apos;account (errore %1).</translation>
    </message>
    <message>
        <source>WhatsApp error %1.</source>
        <translation>Errore WhatsApp %1.</translation>
    </message>
    <message>
        <source>Sending suspended: %1</source>
        <translation>Invio sospeso: %1</translation>
    </message>
    <message>
        <source>Since %1; no message is sent, the queue is kept.</source>
        <translation>Dal %1 nessun messaggio viene inviato; la coda è conservata.</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Riprendi l&apos;invio</translation>
    </message>
    <message>
        <source>Resume sending? Do it only once the cause is fixed (for example a new access token in the relay&apos;s configuration); otherwise WhatsApp refuses again and sending stops again.</source>
        <translation>Riprendere l&apos;invio? Fallo solo quando la causa è risolta (per esempio un nuovo token di accesso nella configurazione del relay); altrimenti WhatsApp rifiuta di nuovo e l&apos;invio si ferma di nuovo.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::AnswerEdit</name>
    <message>
        <source>B</source>
        <comment>bold button</comment>
        <translation>G</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B): *text*</source>
        <translation>Grassetto (Ctrl+B): *testo*</translation>
    </message>
    <message>
        <source>I</source>
        <comment>italic button</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I): _text_</source>
        <translation>Corsivo (Ctrl+I): _testo_</translation>
    </message>
    <message>
        <source>S</source>
        <comment>strikethrough button</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>Strikethrough (Ctrl+Shift+X): ~text~</source>
        <translation>Barrato (Ctrl+Maiusc+X): ~testo~</translation>
    </message>
    <message>
        <source>Mono</source>
        <comment>monospace button</comment>
        <translation>Mono</translation>
    </message>
    <message>
        <source>Monospace: ```text```</source>
        <translation>Spaziatura fissa: ```testo```</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caratteri</translation>
    </message>
    <message>
        <source>Too long for one WhatsApp message: the relay will refuse to publish it.</source>
        <translation>Troppo lungo per un messaggio WhatsApp: il relay ne rifiuterà la pubblicazione.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::ApiClientDialog</name>
    <message>
        <source>New API client</source>
        <translation>Nuovo client API</translation>
    </message>
    <message>
        <source>e.g. SIRE</source>
        <translation>ad es. SIRE</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> al minuto</translation>
    </message>
    <message>
        <source>optional: the subject (CN) its TLS client certificate must carry</source>
        <translation>facoltativo: il soggetto (CN) che il suo certificato client TLS deve riportare</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Permessi:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Limite:</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>&amp;Certificato client:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;rea</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Il nome è obbligatorio.</translation>
    </message>
    <message>
        <source>Choose at least one permission for the client.</source>
        <translation>Scegli almeno un permesso per il client.</translation>
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
        <translation>Richiesto: %1</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Non richiesto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permessi</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificato client</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Token rotated</source>
        <translation>Token rinnovato</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocato</translation>
    </message>
</context>
<context>
    <name>sportello::desk::ApiClientsPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nuovo client…</translation>
    </message>
    <message>
        <source>R&amp;otate token…</source>
        <translation>Rinn&amp;ova token…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;voca…</translation>
    </message>
    <message>
        <source>Systems such as SIRE that use the relay&apos;s API (/api/v1) with a token.</source>
        <translation>Sistemi come SIRE che usano l&apos;API del relay (/api/v1) con un token.</translation>
    </message>
    <message>
        <source>API client %1 created.</source>
        <translation>Client API %1 creato.</translation>
    </message>
    <message>
        <source>Rotate token</source>
        <translation>Rinnova token</translation>
    </message>
    <message>
        <source>Give %1 a new token? The current token stops working at once: %1 must be configured with the new one.</source>
        <translation>Dare a %1 un nuovo token? Il token attuale smette subito di funzionare: %1 va configurato con quello nuovo.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rinnova</translation>
    </message>
    <message>
        <source>Token of %1 rotated.</source>
        <translation>Token di %1 rinnovato.</translation>
    </message>
    <message>
        <source>Revoke API client</source>
        <translation>Revoca client API</translation>
    </message>
    <message>
        <source>Revoke %1? Its token stops working at once, and this cannot be undone.</source>
        <translation>Revocare %1? Il suo token smette subito di funzionare, e non si può annullare.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoca</translation>
    </message>
    <message>
        <source>API client %1 revoked.</source>
        <translation>Client API %1 revocato.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::AuditPanel</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Al</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostra</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;sporta CSV…</translation>
    </message>
    <message>
        <source>Any user (exact username)</source>
        <translation>Qualsiasi utente (nome utente esatto)</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Qualsiasi azione</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utente:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Azione:</translation>
    </message>
    <message>
        <source>Who did what, and when: logins, account changes, publications, broadcasts, replies, exports. The trail cannot be changed, only read.</source>
        <translation>Chi ha fatto cosa, e quando: accessi, modifiche agli account, pubblicazioni, invii massivi, risposte, esportazioni. Il registro non si può modificare, solo consultare.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown; scroll down for older ones.</source>
        <translation>
            <numerusform>%n voce mostrata; scorrere in basso per le precedenti.</numerusform>
            <numerusform>%n voci mostrate; scorrere in basso per le precedenti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching entries.</source>
        <translation>
            <numerusform>%n voce corrispondente.</numerusform>
            <numerusform>%n voci corrispondenti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Esporta il registro attività</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV per Excel (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione in corso…</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non esportato: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n voce esportata in %1.</numerusform>
            <numerusform>%n voci esportate in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sportello::desk::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Riguarda</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
</context>
<context>
    <name>sportello::desk::AvailabilityDaysModel</name>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Minutes measured</source>
        <translation>Minuti misurati</translation>
    </message>
    <message>
        <source>Minutes unavailable</source>
        <translation>Minuti di indisponibilità</translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation>Disponibilità (%)</translation>
    </message>
</context>
<context>
    <name>sportello::desk::BotTestPanel</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <source>Write as a citizen would, e.g. #centrivaccinali or ciao</source>
        <translation>Scrivi come farebbe un cittadino, per esempio #centrivaccinali o ciao</translation>
    </message>
    <message>
        <source>Draft (not yet published)</source>
        <translation>Bozza (non ancora pubblicata)</translation>
    </message>
    <message>
        <source>Published tree (what citizens get now)</source>
        <translation>Albero pubblicato (quello che ricevono ora i cittadini)</translation>
    </message>
    <message>
        <source>Write a message and press Send to see the bot&apos;s reply.</source>
        <translation>Scrivi un messaggio e premi Invia per vedere la risposta del bot.</translation>
    </message>
    <message>
        <source>Asking the relay…</source>
        <translation>Richiesta al relay in corso…</translation>
    </message>
    <message>
        <source>Rule: %1 — %2</source>
        <translation>Regola: %1 — %2</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>nodo %1</translation>
    </message>
    <message>
        <source>No topic answered.</source>
        <translation>Nessun argomento risposto.</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>Risposta da: %1</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Suggeriti: %1</translation>
    </message>
    <message>
        <source>Counted as unanswered.</source>
        <translation>Conta come richiesta senza risposta.</translation>
    </message>
    <message>
        <source>Forwarded to the operators.</source>
        <translation>Inoltrata agli operatori.</translation>
    </message>
    <message>
        <source>Answered from the draft (revision %1).</source>
        <translation>Risposta dalla bozza (revisione %1).</translation>
    </message>
    <message>
        <source>Answered from published version %1.</source>
        <translation>Risposta dalla versione pubblicata %1.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::BroadcastComposer</name>
    <message>
        <source>A &amp;template</source>
        <translation>Un &amp;modello</translation>
    </message>
    <message>
        <source>A published &amp;answer</source>
        <translation>Una &amp;risposta pubblicata</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Subito</translation>
    </message>
    <message>
        <source>&amp;Later, on:</source>
        <translation>&amp;Più tardi, il:</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Invia…</translation>
    </message>
    <message>
        <source>For the history, e.g. “New opening hours of the hubs”</source>
        <translation>Per lo storico, ad es. “Nuovi orari degli hub”</translation>
    </message>
    <message>
        <source>Local time of this computer</source>
        <translation>Ora locale di questo computer</translation>
    </message>
    <message>
        <source>Shows recipients and duration, and asks before sending</source>
        <translation>Mostra destinatari e durata, e chiede conferma prima di inviare</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Contenuto:</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>Mo&amp;dello:</translation>
    </message>
    <message>
        <source>Published ans&amp;wer:</source>
        <translation>Risposta p&amp;ubblicata:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quando:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Destinatari:</translation>
    </message>
    <message>
        <source>What the citizen reads:</source>
        <translation>Cosa legge il cittadino:</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Scegli un modello.</translation>
    </message>
    <message>
        <source>The registry has no text for this template: the citizen reads the text approved on Meta.</source>
        <translation>Il registro non ha il testo di questo modello: il cittadino legge il testo approvato su Meta.</translation>
    </message>
    <message>
        <source>Choose a published answer.</source>
        <translation>Scegli una risposta pubblicata.</translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s) with consent to general information</source>
        <translation>
            <numerusform>%n cittadino con il consenso alle informazioni generali</numerusform>
            <numerusform>%n cittadini con il consenso alle informazioni generali</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · about %2 at %3 messages per second</source>
        <translation>%1 · circa %2 a %3 messaggi al secondo</translation>
    </message>
    <message>
        <source>Give the broadcast a name.</source>
        <translation>Dai un nome alla comunicazione.</translation>
    </message>
    <message>
        <source>Fill in every parameter: one line of text each.</source>
        <translation>Compila ogni parametro: una riga di testo ciascuno.</translation>
    </message>
    <message>
        <source>The scheduled time has passed: choose a later one, or send now.</source>
        <translation>L&apos;orario programmato è passato: scegline uno successivo, o invia subito.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Conteggio…</translation>
    </message>
    <message>
        <source>Counting the recipients…</source>
        <translation>Conteggio dei destinatari…</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>il %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>subito</translation>
    </message>
    <message numerus="yes">
        <source>Send “%1” %2 to %n citizen(s) with consent to general information?</source>
        <translation>
            <numerusform>Inviare “%1” %2 a %n cittadino con il consenso alle informazioni generali?</numerusform>
            <numerusform>Inviare “%1” %2 a %n cittadini con il consenso alle informazioni generali?</numerusform>
        </translation>
    </message>
    <message>
        <source>At the current rate (%1 messages per second) sending takes about %2.</source>
        <translation>Alla velocità attuale (%1 messaggi al secondo) l&apos;invio richiede circa %2.</translation>
    </message>
    <message>
        <source>Send broadcast</source>
        <translation>Invia comunicazione</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Non inviata.</translation>
    </message>
    <message>
        <source>Creating the broadcast…</source>
        <translation>Creazione della comunicazione…</translation>
    </message>
    <message>
        <source>Broadcast “%1” created.</source>
        <translation>Comunicazione “%1” creata.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::BroadcastTableModel</name>
    <message>
        <source>Sent %1, delivered %2, read %3, failed %4, cancelled %5, still queued %6</source>
        <translation>Inviati %1, consegnati %2, letti %3, non riusciti %4, annullati %5, ancora in coda %6</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>progress percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Programmata per</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo rimanente</translation>
    </message>
</context>
<context>
    <name>sportello::desk::BroadcastsPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>&amp;Cancel broadcast…</source>
        <translation>&amp;Annulla comunicazione…</translation>
    </message>
    <message>
        <source>Cancel the messages of the selected broadcast that are still queued</source>
        <translation>Annulla i messaggi della comunicazione selezionata ancora in coda</translation>
    </message>
    <message>
        <source>New broadcast to the citizens who asked for general information</source>
        <translation>Nuova comunicazione ai cittadini che hanno chiesto informazioni generali</translation>
    </message>
    <message>
        <source>Cancel the broadcast “%1”?</source>
        <translation>Annullare la comunicazione “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) still queued will not be sent.</source>
        <translation>
            <numerusform>%n messaggio ancora in coda non sarà inviato.</numerusform>
            <numerusform>%n messaggi ancora in coda non saranno inviati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages already sent cannot be called back.</source>
        <translation>I messaggi già inviati non si possono richiamare.</translation>
    </message>
    <message>
        <source>Cancel broadcast</source>
        <translation>Annulla comunicazione</translation>
    </message>
    <message>
        <source>Broadcast “%1” cancelled.</source>
        <translation>Comunicazione “%1” annullata.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::BusiestHoursModel</name>
    <message>
        <source>Weekday</source>
        <translation>Giorno della settimana</translation>
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
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <source>Write the reply to the citizen (Ctrl+Enter sends it)</source>
        <translation>Scrivi la risposta al cittadino (Ctrl+Invio la invia)</translation>
    </message>
    <message>
        <source>The citizen&apos;s 24-hour window is closed: only an approved template can be sent.</source>
        <translation>La finestra di 24 ore del cittadino è chiusa: si può inviare solo un modello approvato.</translation>
    </message>
    <message>
        <source>The citizen&apos;s 24-hour window closes in %1.</source>
        <translation>La finestra di 24 ore del cittadino si chiude tra %1.</translation>
    </message>
    <message>
        <source>The citizen&apos;s 24-hour window is closed.</source>
        <translation>La finestra di 24 ore del cittadino è chiusa.</translation>
    </message>
    <message>
        <source>Claim the case to reply.</source>
        <translation>Prendi in carico la richiesta per rispondere.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <source>Reply queued for sending.</source>
        <translation>Risposta in coda di invio.</translation>
    </message>
    <message>
        <source>The relay cannot be reached: the reply cannot be sent now.</source>
        <translation>Il server non è raggiungibile: la risposta non può essere inviata ora.</translation>
    </message>
    <message>
        <source>Not sent: the relay cannot be reached. Your text stays here.</source>
        <translation>Non inviata: il server non è raggiungibile. Il testo resta qui.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::CaseNotifier</name>
    <message>
        <source>New request for assistance (case %1)</source>
        <translation>Nuova richiesta di assistenza (richiesta %1)</translation>
    </message>
    <message>
        <source>A citizen is waiting for an answer.</source>
        <translation>Un cittadino attende una risposta.</translation>
    </message>
    <message>
        <source>%1 is waiting for an answer.</source>
        <translation>%1 attende una risposta.</translation>
    </message>
    <message numerus="yes">
        <source>Sportello: %n unread request(s)</source>
        <translation>
            <numerusform>Sportello: %n richiesta non letta</numerusform>
            <numerusform>Sportello: %n richieste non lette</numerusform>
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
        <translation>Aperta ora da: %1</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Cittadino</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Window left</source>
        <translation>Finestra residua</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Ultimo messaggio</translation>
    </message>
</context>
<context>
    <name>sportello::desk::CasesPanel</name>
    <message>
        <source>C&amp;laim</source>
        <translation>Pr&amp;endi in carico</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Rilascia</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Trasferisci…</translation>
    </message>
    <message>
        <source>Cl&amp;ose…</source>
        <translation>C&amp;hiudi…</translation>
    </message>
    <message>
        <source>&amp;Next case</source>
        <translation>Richiesta &amp;successiva</translation>
    </message>
    <message>
        <source>Reveal &amp;number</source>
        <translation>Mostra il &amp;numero</translation>
    </message>
    <message>
        <source>Show the citizen&apos;s full number (recorded in the audit trail)</source>
        <translation>Mostra il numero completo del cittadino (registrato nel registro di controllo)</translation>
    </message>
    <message>
        <source>Search the published answers</source>
        <translation>Cerca tra le risposte pubblicate</translation>
    </message>
    <message>
        <source>Click an answer to insert it into the reply</source>
        <translation>Fai clic su una risposta per inserirla nel messaggio</translation>
    </message>
    <message>
        <source>Ready answers</source>
        <translation>Risposte pronte</translation>
    </message>
    <message>
        <source>&amp;Claim the case</source>
        <translation>&amp;Prendi in carico la richiesta</translation>
    </message>
    <message>
        <source>&amp;Write the reply</source>
        <translation>Scri&amp;vi la risposta</translation>
    </message>
    <message>
        <source>&amp;Send the reply</source>
        <translation>&amp;Invia la risposta</translation>
    </message>
    <message>
        <source>Cl&amp;ose the case…</source>
        <translation>C&amp;hiudi la richiesta…</translation>
    </message>
    <message>
        <source>Case %1 · %2 · %3</source>
        <translation>Richiesta %1 · %2 · %3</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>in carico a %1</translation>
    </message>
    <message>
        <source>window: %1</source>
        <translation>finestra: %1</translation>
    </message>
    <message>
        <source>No case open. Choose one in the queue, or take the next one.</source>
        <translation>Nessuna richiesta aperta. Scegline una nella coda o prendi la successiva.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>filter (count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Mie</translation>
    </message>
    <message>
        <source>&amp;All open</source>
        <translation>&amp;Tutte aperte</translation>
    </message>
    <message>
        <source>Closed &amp;today</source>
        <translation>Chiuse &amp;oggi</translation>
    </message>
    <message>
        <source>New %1 · claimed %2 · waiting %3</source>
        <translation>Nuove %1 · in carico %2 · in attesa %3</translation>
    </message>
    <message>
        <source>Case %1 is yours.</source>
        <translation>La richiesta %1 è in carico a te.</translation>
    </message>
    <message>
        <source>Case %1 is back in the queue.</source>
        <translation>La richiesta %1 è tornata in coda.</translation>
    </message>
    <message>
        <source>Transfer the case</source>
        <translation>Trasferisci la richiesta</translation>
    </message>
    <message>
        <source>Case %1 transferred to %2.</source>
        <translation>Richiesta %1 trasferita a %2.</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Chiudi la richiesta</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Esito:</translation>
    </message>
    <message>
        <source>Case %1 closed.</source>
        <translation>Richiesta %1 chiusa.</translation>
    </message>
    <message>
        <source>No unassigned case is waiting.</source>
        <translation>Nessuna richiesta da assegnare in attesa.</translation>
    </message>
    <message>
        <source>Case %1: the citizen&apos;s number is %2 (recorded in the audit trail).</source>
        <translation>Richiesta %1: il numero del cittadino è %2 (registrato nel registro di controllo).</translation>
    </message>
    <message>
        <source>First reply after %1</source>
        <translation>Prima risposta dopo %1</translation>
    </message>
    <message>
        <source>Unassi&amp;gned</source>
        <translation>&amp;Da assegnare</translation>
    </message>
    <message>
        <source>Not available while the relay cannot be reached.</source>
        <translation>Non disponibile finché il server non è raggiungibile.</translation>
    </message>
    <message>
        <source>Offline: the relay cannot be reached. Replies and case actions are disabled until the connection is back; the desk reconnects by itself.</source>
        <translation>Offline: il server non è raggiungibile. Risposte e azioni sulle richieste sono disattivate finché la connessione non torna; il programma si ricollega da solo.</translation>
    </message>
    <message>
        <source>The queue shown is the last known, from %1.</source>
        <translation>La coda mostrata è l&apos;ultima ricevuta, delle %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (username)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No colleague who may answer requests can take the case.</source>
        <translation>Nessun collega abilitato a rispondere può prendere la richiesta.</translation>
    </message>
    <message>
        <source>Colleague who takes the case:</source>
        <translation>Collega che prende la richiesta:</translation>
    </message>
</context>
<context>
    <name>sportello::desk::CitizenRightsPanel</name>
    <message>
        <source>&amp;Export data…</source>
        <translation>&amp;Esporta dati…</translation>
    </message>
    <message>
        <source>E&amp;rase data…</source>
        <translation>&amp;Cancella dati…</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numero di telefono</translation>
    </message>
    <message>
        <source>WhatsApp user id</source>
        <translation>Identificativo utente WhatsApp</translation>
    </message>
    <message>
        <source>e.g. +39 340 123 4567</source>
        <translation>ad es. +39 340 123 4567</translation>
    </message>
    <message>
        <source>e.g. certified e-mail ref. 2026/81 of 3 December</source>
        <translation>ad es. PEC prot. 2026/81 del 3 dicembre</translation>
    </message>
    <message>
        <source>e.g. US.1234567</source>
        <translation>ad es. US.1234567</translation>
    </message>
    <message>
        <source>A citizen&apos;s requests under the GDPR: access to their data (Art. 15) and its erasure (Art. 17). Both are recorded in the audit trail with your name and the reason; the reason must not contain the number.</source>
        <translation>Le richieste dei cittadini ai sensi del GDPR: accesso ai propri dati (art. 15) e loro cancellazione (art. 17). Entrambe sono registrate nel registro attività con il tuo nome e il motivo; il motivo non deve contenere il numero.</translation>
    </message>
    <message>
        <source>&amp;Citizen:</source>
        <translation>&amp;Cittadino:</translation>
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translation>M&amp;otivo:</translation>
    </message>
    <message>
        <source>This is not a phone number with its country code, e.g. +39 340 123 4567.</source>
        <translation>Non è un numero di telefono con il prefisso internazionale, ad es. +39 340 123 4567.</translation>
    </message>
    <message>
        <source>A WhatsApp user id is made of letters, digits, dots, dashes and underscores.</source>
        <translation>Un identificativo utente WhatsApp è composto da lettere, cifre, punti, trattini e trattini bassi.</translation>
    </message>
    <message>
        <source>Say why: the reference of the citizen&apos;s request.</source>
        <translation>Indica il motivo: il riferimento della richiesta del cittadino.</translation>
    </message>
    <message>
        <source>Export a citizen&apos;s data</source>
        <translation>Esporta i dati di un cittadino</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione in corso…</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non esportato: %1</translation>
    </message>
    <message>
        <source>The data held about %1 was saved to %2.</source>
        <translation>I dati conservati relativi a %1 sono stati salvati in %2.</translation>
    </message>
    <message>
        <source>No data is held about %1; the answer saying so was saved to %2.</source>
        <translation>Non è conservato alcun dato relativo a %1; la risposta che lo attesta è stata salvata in %2.</translation>
    </message>
    <message>
        <source>Erase a citizen&apos;s data</source>
        <translation>Cancella i dati di un cittadino</translation>
    </message>
    <message>
        <source>Erase everything held about %1: their contact, messages both ways and their statuses, reminders and broadcasts received, cases and consent? Messages not yet sent to them are cancelled. Only the consent ledger is kept as proof, without the number. This cannot be undone.</source>
        <translation>Cancellare tutti i dati conservati relativi a %1: contatto, messaggi ricevuti e inviati con i loro stati, promemoria e comunicazioni ricevuti, richieste di assistenza e consenso? I messaggi non ancora inviati vengono annullati. Solo il registro dei consensi è conservato come prova, senza il numero. L&apos;operazione non si può annullare.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Cancellazione in corso…</translation>
    </message>
    <message>
        <source>The data of %1 was erased: %2</source>
        <translation>I dati di %1 sono stati cancellati: %2</translation>
    </message>
    <message>
        <source>No data is held about %1: nothing was erased.</source>
        <translation>Non è conservato alcun dato relativo a %1: non è stato cancellato nulla.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) received, </source>
        <translation>
            <numerusform>%n messaggio ricevuto, </numerusform>
            <numerusform>%n messaggi ricevuti, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent, </source>
        <translation>
            <numerusform>%n messaggio inviato, </numerusform>
            <numerusform>%n messaggi inviati, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>%n richiesta di assistenza.</numerusform>
            <numerusform>%n richieste di assistenza.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not yet sent were cancelled.</source>
        <translation>
            <numerusform>%n messaggio non ancora inviato è stato annullato.</numerusform>
            <numerusform>%n messaggi non ancora inviati sono stati annullati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent record(s) kept without the number.</source>
        <translation>
            <numerusform>%n registrazione del consenso conservata senza il numero.</numerusform>
            <numerusform>%n registrazioni del consenso conservate senza il numero.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reason is required, at most 500 characters, and must not contain the number.</source>
        <translation>Il motivo è obbligatorio, al massimo 500 caratteri, e non deve contenere il numero.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::DraftController</name>
    <message>
        <source>Someone else changed the content in the meantime. The draft has been reloaded with their changes: check it and make your change again.</source>
        <translation>Qualcun altro ha modificato il contenuto nel frattempo. La bozza è stata ricaricata con le sue modifiche: controllala e ripeti la tua modifica.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::DraftTreeModel</name>
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
    <name>sportello::desk::IncidentTableModel</name>
    <message>
        <source>Relay down</source>
        <translation>Relay fermo</translation>
    </message>
    <message>
        <source>Database not writable</source>
        <translation>Database non scrivibile</translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation>Invio sospeso</translation>
    </message>
    <message>
        <source>Probe failed</source>
        <translation>Sonda non riuscita</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dalle</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
</context>
<context>
    <name>sportello::desk::IssueListModel</name>
    <message>
        <source>Whole tree</source>
        <translation>Intero albero</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>nodo %1</translation>
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
    <message>
        <source>The password was not changed: log in again to choose one.</source>
        <translation>La password non è stata cambiata: accedi di nuovo per sceglierne una.</translation>
    </message>
    <message>
        <source>6 digits from the authenticator app</source>
        <translation>6 cifre dall&apos;app di autenticazione</translation>
    </message>
    <message>
        <source>Use a &amp;recovery code instead</source>
        <translation>Usa invece un codice di &amp;recupero</translation>
    </message>
    <message>
        <source>A recovery code, e.g. abcd-efgh-jkmn</source>
        <translation>Un codice di recupero, ad es. abcd-efgh-jkmn</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;odice:</translation>
    </message>
    <message>
        <source>Enter one of your recovery codes.</source>
        <translation>Inserisci uno dei tuoi codici di recupero.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Inserisci il codice dell&apos;app di autenticazione.</translation>
    </message>
    <message>
        <source>Two-factor authentication was not set up: log in again to set it up.</source>
        <translation>L&apos;autenticazione a due fattori non è stata configurata: accedi di nuovo per configurarla.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::MainWindow</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Ricarica</translation>
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
        <source>Logged in as %1 (%2)</source>
        <translation>Accesso come %1 (%2)</translation>
    </message>
    <message>
        <source>Session valid until %1</source>
        <translation>Sessione valida fino a %1</translation>
    </message>
    <message>
        <source>Sportello — Contents[*]</source>
        <translation>Sportello — Contenuti[*]</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contenuti</translation>
    </message>
    <message>
        <source>&amp;Try the bot</source>
        <translation>&amp;Prova il bot</translation>
    </message>
    <message>
        <source>&amp;Unanswered</source>
        <translation>Richieste senza &amp;risposta</translation>
    </message>
    <message>
        <source>Problems to fix before publishing:</source>
        <translation>Problemi da correggere prima di pubblicare:</translation>
    </message>
    <message>
        <source>No draft loaded</source>
        <translation>Nessuna bozza caricata</translation>
    </message>
    <message>
        <source>#%1 saved in the draft.</source>
        <translation>#%1 salvato nella bozza.</translation>
    </message>
    <message>
        <source>Published: citizens now receive version %1.</source>
        <translation>Pubblicato: ora i cittadini ricevono la versione %1.</translation>
    </message>
    <message>
        <source>Rolled back: version %1 is published.</source>
        <translation>Ripristino eseguito: è pubblicata la versione %1.</translation>
    </message>
    <message>
        <source>Draft discarded: it is again the published tree.</source>
        <translation>Bozza scartata: è di nuovo uguale all&apos;albero pubblicato.</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Non pubblicato: %1</translation>
    </message>
    <message>
        <source>Draft with unpublished changes (based on version %1)</source>
        <translation>Bozza con modifiche non pubblicate (basata sulla versione %1)</translation>
    </message>
    <message>
        <source>Draft equal to published version %1</source>
        <translation>Bozza uguale alla versione pubblicata %1</translation>
    </message>
    <message>
        <source>Draft revision %1</source>
        <translation>Revisione della bozza %1</translation>
    </message>
    <message>
        <source>Fetch the draft from the server again</source>
        <translation>Scarica di nuovo la bozza dal server</translation>
    </message>
    <message>
        <source>New &amp;sub-topic…</source>
        <translation>Nuovo &amp;sotto-argomento…</translation>
    </message>
    <message>
        <source>Add a hashtag under the selected one</source>
        <translation>Aggiungi un hashtag sotto quello selezionato</translation>
    </message>
    <message>
        <source>New topic &amp;beside…</source>
        <translation>Nuovo argomento &amp;accanto…</translation>
    </message>
    <message>
        <source>Add a hashtag after the selected one</source>
        <translation>Aggiungi un hashtag dopo quello selezionato</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Ri&amp;nomina</translation>
    </message>
    <message>
        <source>Rename the selected hashtag in the tree</source>
        <translation>Rinomina l&apos;hashtag selezionato nell&apos;albero</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>Delete the selected hashtag and its sub-topics</source>
        <translation>Elimina l&apos;hashtag selezionato e i suoi sotto-argomenti</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Undo the last change to the draft</source>
        <translation>Annulla l&apos;ultima modifica alla bozza</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Redo the last undone change</source>
        <translation>Ripeti l&apos;ultima modifica annullata</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Pubblica…</translation>
    </message>
    <message>
        <source>Publish the draft: citizens receive it at once</source>
        <translation>Pubblica la bozza: i cittadini la ricevono subito</translation>
    </message>
    <message>
        <source>Di&amp;scard draft…</source>
        <translation>S&amp;carta la bozza…</translation>
    </message>
    <message>
        <source>Throw away all unpublished changes</source>
        <translation>Butta via tutte le modifiche non pubblicate</translation>
    </message>
    <message>
        <source>Version &amp;history…</source>
        <translation>Cronologia &amp;versioni…</translation>
    </message>
    <message>
        <source>Published versions, their changes, rollback</source>
        <translation>Versioni pubblicate, le loro modifiche, ripristino</translation>
    </message>
    <message>
        <source>Close the application</source>
        <translation>Chiudi l&apos;applicazione</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation>&amp;Bozza</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annulla: %1</translation>
    </message>
    <message>
        <source>Re&amp;do %1</source>
        <translation>&amp;Ripeti: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>The changes to #%1 are not saved. Save them in the draft now? Otherwise they are lost.</source>
        <translation>Le modifiche a #%1 non sono salvate. Salvarle ora nella bozza? Altrimenti andranno perse.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nuovo argomento</translation>
    </message>
    <message>
        <source>Hashtag of the new topic (letters and digits, no spaces):</source>
        <translation>Hashtag del nuovo argomento (lettere e cifre, senza spazi):</translation>
    </message>
    <message>
        <source>Delete #%1 from the draft?</source>
        <translation>Eliminare #%1 dalla bozza?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n sub-topic(s) will be deleted too.</source>
        <translation>
            <numerusform>Verrà eliminato anche il suo %n sotto-argomento.</numerusform>
            <numerusform>Verranno eliminati anche i suoi %n sotto-argomenti.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this until you log out.</source>
        <translation>Puoi annullare l&apos;operazione fino alla disconnessione.</translation>
    </message>
    <message>
        <source>Delete topic</source>
        <translation>Elimina argomento</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Pubblica</translation>
    </message>
    <message>
        <source>What changed? (a note for the version history, required)</source>
        <translation>Che cosa è cambiato? (una nota per la cronologia delle versioni, obbligatoria)</translation>
    </message>
    <message>
        <source>Not published: a note is required.</source>
        <translation>Non pubblicato: la nota è obbligatoria.</translation>
    </message>
    <message>
        <source>Publish the draft? Citizens receive the new answers at once.</source>
        <translation>Pubblicare la bozza? I cittadini riceveranno subito le nuove risposte.</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Scarta la bozza</translation>
    </message>
    <message>
        <source>Throw away every unpublished change? The draft becomes the published tree again. This cannot be undone.</source>
        <translation>Buttare via tutte le modifiche non pubblicate? La bozza torna uguale all&apos;albero pubblicato. L&apos;operazione non si può annullare.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>&amp;Broadcasts</source>
        <translation>Com&amp;unicazioni</translation>
    </message>
    <message>
        <source>Te&amp;mplates</source>
        <translation>Mo&amp;delli</translation>
    </message>
    <message>
        <source>&amp;API clients</source>
        <translation>Client &amp;API</translation>
    </message>
    <message>
        <source>New &amp;root topic…</source>
        <translation>Nuovo argomento &amp;radice…</translation>
    </message>
    <message>
        <source>In&amp;box</source>
        <translation>A&amp;ssistenza</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>Assis&amp;tenza</translation>
    </message>
    <message>
        <source>In&amp;box (%1)</source>
        <translation>A&amp;ssistenza (%1)</translation>
    </message>
    <message>
        <source>Offline: reconnecting to the relay…</source>
        <translation>Offline: riconnessione al server in corso…</translation>
    </message>
    <message>
        <source>U&amp;sers</source>
        <translation>U&amp;tenti</translation>
    </message>
    <message>
        <source>Audit tra&amp;il</source>
        <translation>Registro atti&amp;vità</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>My &amp;sessions…</source>
        <translation>Le mie &amp;sessioni…</translation>
    </message>
    <message>
        <source>Where you are logged in; end the sessions you do not need</source>
        <translation>Dove hai un accesso aperto; chiudi le sessioni che non ti servono</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistiche</translation>
    </message>
    <message>
        <source>Data &amp;subject rights</source>
        <translation>Diritti degli &amp;interessati</translation>
    </message>
</context>
<context>
    <name>sportello::desk::NodeEditor</name>
    <message>
        <source>e.g. centrivaccinali</source>
        <translation>per esempio centrivaccinali</translation>
    </message>
    <message>
        <source>Shown in the menus (24 characters at most)</source>
        <translation>Mostrato nei menu (al massimo 24 caratteri)</translation>
    </message>
    <message>
        <source>Other words for this hashtag, separated by commas</source>
        <translation>Altre parole per questo hashtag, separate da virgole</translation>
    </message>
    <message>
        <source>&amp;Hashtag:</source>
        <translation>&amp;Hashtag:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>English title:</source>
        <translation>Titolo in inglese:</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valido dal:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valido fino al:</translation>
    </message>
    <message>
        <source>Reviewed on:</source>
        <translation>Revisionato il:</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>Revisionato da:</translation>
    </message>
    <message>
        <source>Answer (Italian):</source>
        <translation>Risposta (italiano):</translation>
    </message>
    <message>
        <source>Answer (English, optional):</source>
        <translation>Risposta (inglese, facoltativa):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save this topic in the draft (Ctrl+S). Citizens see it after publishing.</source>
        <translation>Salva questo argomento nella bozza (Ctrl+S). I cittadini lo vedranno dopo la pubblicazione.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2</source>
        <translation>Ultima modifica di %1 il %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>who changed a topic</comment>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>Select a hashtag to edit it.</source>
        <translation>Seleziona un hashtag per modificarlo.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::NodePreview</name>
    <message>
        <source>What the citizen receives (draft)</source>
        <translation>Quello che riceve il cittadino (bozza)</translation>
    </message>
    <message>
        <source>Select a hashtag to see its preview.</source>
        <translation>Seleziona un hashtag per vederne l&apos;anteprima.</translation>
    </message>
    <message>
        <source>Asking the relay…</source>
        <translation>Richiesta al relay in corso…</translation>
    </message>
    <message>
        <source>No preview available.</source>
        <translation>Anteprima non disponibile.</translation>
    </message>
    <message>
        <source>Draft revision %1</source>
        <translation>Revisione della bozza %1</translation>
    </message>
</context>
<context>
    <name>sportello::desk::OptionalDateEdit</name>
    <message>
        <source>Set a date</source>
        <translation>Imposta una data</translation>
    </message>
</context>
<context>
    <name>sportello::desk::ParameterFields</name>
    <message>
        <source>Parameter {{%1}}:</source>
        <translation>Parametro {{%1}}:</translation>
    </message>
</context>
<context>
    <name>sportello::desk::PasswordChangeDialog</name>
    <message>
        <source>Choose your password</source>
        <translation>Scegli la tua password</translation>
    </message>
    <message>
        <source>You logged in as %1 with a temporary password. Choose your own password to continue: at least 12 characters, not containing your username, not a common password or word.</source>
        <translation>Hai effettuato l&apos;accesso come %1 con una password temporanea. Per continuare scegli una password tua: almeno 12 caratteri, senza il tuo nome utente, che non sia una password o una parola comune.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambia password</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nuova password:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Ripetila:</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>Inserisci la nuova password.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Le due password sono diverse.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::PushFunnelModel</name>
    <message>
        <source>Sent</source>
        <translation>Inviati</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Consegnati</translation>
    </message>
    <message>
        <source>Read (lower bound)</source>
        <translation>Letti (stima per difetto)</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Con risposta</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>% of sent</source>
        <translation>% degli inviati</translation>
    </message>
</context>
<context>
    <name>sportello::desk::ReplyTimesTableModel</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>Median (s)</source>
        <translation>Mediana (s)</translation>
    </message>
    <message>
        <source>90th percentile (s)</source>
        <translation>90° percentile (s)</translation>
    </message>
</context>
<context>
    <name>sportello::desk::RequestsTableModel</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Dirette</translation>
    </message>
    <message>
        <source>Replies to a push</source>
        <translation>Risposte a un invio</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Senza risposta</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
</context>
<context>
    <name>sportello::desk::SessionTableModel</name>
    <message>
        <source>Unknown</source>
        <comment>address</comment>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Questa postazione</translation>
    </message>
    <message>
        <source>Ends by %1 at the latest</source>
        <translation>Termina al più tardi alle %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Ultima attività</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Dall&apos;indirizzo</translation>
    </message>
    <message>
        <source>This one</source>
        <translation>Questa</translation>
    </message>
</context>
<context>
    <name>sportello::desk::SessionsDialog</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>&amp;End session…</source>
        <translation>&amp;Chiudi sessione…</translation>
    </message>
    <message>
        <source>End &amp;all sessions…</source>
        <translation>Chiudi &amp;tutte le sessioni…</translation>
    </message>
    <message>
        <source>End &amp;all other sessions…</source>
        <translation>Chiudi &amp;tutte le altre sessioni…</translation>
    </message>
    <message>
        <source>Sessions of %1</source>
        <translation>Sessioni di %1</translation>
    </message>
    <message>
        <source>My sessions</source>
        <translation>Le mie sessioni</translation>
    </message>
    <message>
        <source>Where %1 is logged in now. Ending a session logs that desk out at once.</source>
        <translation>Dove %1 ha un accesso aperto ora. Chiudere una sessione disconnette subito quella postazione.</translation>
    </message>
    <message>
        <source>Where you are logged in now. End a session you do not recognise, or one left open on another computer; then change your password.</source>
        <translation>Dove hai un accesso aperto ora. Chiudi una sessione che non riconosci, o rimasta aperta su un altro computer; poi cambia la password.</translation>
    </message>
    <message numerus="yes">
        <source>%n open session(s).</source>
        <translation>
            <numerusform>%n sessione aperta.</numerusform>
            <numerusform>%n sessioni aperte.</numerusform>
        </translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Chiudi sessione</translation>
    </message>
    <message>
        <source>End the session opened %1 from %2? That desk is logged out at once.</source>
        <translation>Chiudere la sessione aperta il %1 da %2? Quella postazione viene disconnessa subito.</translation>
    </message>
    <message numerus="yes">
        <source>End all %n session(s) of %1? Every desk of theirs is logged out at once.</source>
        <translation>
            <numerusform>Chiudere %n sessione di %1? La sua postazione viene disconnessa subito.</numerusform>
            <numerusform>Chiudere tutte le %n sessioni di %1? Tutte le sue postazioni vengono disconnesse subito.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End your %n other session(s)? Only this desk stays logged in.</source>
        <translation>
            <numerusform>Chiudere l&apos;altra tua sessione (%n)? Resta collegata solo questa postazione.</numerusform>
            <numerusform>Chiudere le altre %n tue sessioni? Resta collegata solo questa postazione.</numerusform>
        </translation>
    </message>
    <message>
        <source>End sessions</source>
        <translation>Chiudi sessioni</translation>
    </message>
    <message numerus="yes">
        <source>Sessions ended: %n open.</source>
        <translation>
            <numerusform>Sessioni chiuse: %n aperta.</numerusform>
            <numerusform>Sessioni chiuse: %n aperte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sportello::desk::StatsPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tutti gli argomenti</translation>
    </message>
    <message>
        <source>Requests per period</source>
        <translation>Richieste per periodo</translation>
    </message>
    <message>
        <source>Most asked topics (click a bar to see its requests)</source>
        <translation>Argomenti più richiesti (clic su una barra per vederne le richieste)</translation>
    </message>
    <message>
        <source>Pushes and broadcasts: from sent to replied (read is a lower bound)</source>
        <translation>Notifiche e invii massivi: da inviati a con risposta (i letti sono una stima per difetto)</translation>
    </message>
    <message>
        <source>Automatic reply time</source>
        <translation>Tempo di risposta automatica</translation>
    </message>
    <message>
        <source>Operator reply time</source>
        <translation>Tempo di risposta degli operatori</translation>
    </message>
    <message>
        <source>Availability this month</source>
        <translation>Disponibilità del mese</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Argomenti</translation>
    </message>
    <message>
        <source>Pushes</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>Reply times</source>
        <translation>Tempi di risposta</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Quest&apos;anno</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizzato…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Figures from %1 to %2.</source>
        <translation>Dati dal %1 al %2.</translation>
    </message>
    <message>
        <source>Some figures could not be loaded: %1</source>
        <translation>Alcuni dati non sono stati caricati: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>Availability in %1: %2 % (target %3 %)</source>
        <translation>Disponibilità in %1: %2 % (obiettivo %3 %)</translation>
    </message>
    <message>
        <source>Availability in %1: not measured yet</source>
        <translation>Disponibilità in %1: non ancora misurata</translation>
    </message>
    <message>
        <source>Requests about #%1 and its subtopics</source>
        <translation>Richieste su #%1 e i suoi sottoargomenti</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Tutte le richieste</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Esporta la tabella</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV per Excel (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Esportato in %1.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non esportato: %1</translation>
    </message>
    <message>
        <source>Monthly report PDF…</source>
        <translation>Rapporto mensile PDF…</translation>
    </message>
    <message>
        <source>Busiest hours (Rome time), by weekday</source>
        <translation>Orari di maggiore affluenza (ora di Roma), per giorno della settimana</translation>
    </message>
    <message>
        <source>Requests the bot could not answer</source>
        <translation>Richieste a cui il bot non ha saputo rispondere</translation>
    </message>
    <message>
        <source>Busiest hours</source>
        <translation>Orari di punta</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Senza risposta</translation>
    </message>
    <message>
        <source>Requests the bot could not answer: %1 of %2; the unknown terms asked most</source>
        <translation>Richieste a cui il bot non ha saputo rispondere: %1 di %2; i termini sconosciuti più richiesti</translation>
    </message>
    <message>
        <source>Not exported: the relay&apos;s threshold for small counts is not known yet; refresh first.</source>
        <translation>Non esportato: la soglia del relay per i conteggi piccoli non è ancora nota; aggiornare prima i dati.</translation>
    </message>
    <message>
        <source>Monthly report PDF</source>
        <translation>Rapporto mensile PDF</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Mese:</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>Salva il rapporto mensile</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the monthly report…</source>
        <translation>Preparazione del rapporto mensile…</translation>
    </message>
    <message>
        <source>Monthly report saved to %1.</source>
        <translation>Rapporto mensile salvato in %1.</translation>
    </message>
    <message>
        <source>Monthly report not written: %1</source>
        <translation>Rapporto mensile non scritto: %1</translation>
    </message>
</context>
<context>
    <name>sportello::desk::TemplateDialog</name>
    <message>
        <source>Edit template</source>
        <translation>Modifica modello</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nuovo modello</translation>
    </message>
    <message>
        <source>as approved on Meta, e.g. promemoria_appuntamento</source>
        <translation>come approvato su Meta, ad es. promemoria_appuntamento</translation>
    </message>
    <message>
        <source>The approved text with {{1}}, {{2}}… where the parameters go (for previews)</source>
        <translation>Il testo approvato, con {{1}}, {{2}}… al posto dei parametri (per le anteprime)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoria:</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>&amp;Parametri:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Testo:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Il nome è obbligatorio.</translation>
    </message>
    <message>
        <source>A language is required, e.g. it.</source>
        <translation>La lingua è obbligatoria, ad es. it.</translation>
    </message>
    <message>
        <source>Name and language may not contain “/”.</source>
        <translation>Nome e lingua non possono contenere “/”.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::TemplateTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametri</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
</context>
<context>
    <name>sportello::desk::TemplatesPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation>&amp;Nuovo modello…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>The WhatsApp templates approved on Meta that the relay may send.</source>
        <translation>I modelli WhatsApp approvati su Meta che il relay può inviare.</translation>
    </message>
    <message>
        <source>The WhatsApp templates approved on Meta that the relay may send (only administrators change them).</source>
        <translation>I modelli WhatsApp approvati su Meta che il relay può inviare (solo gli amministratori li modificano).</translation>
    </message>
    <message>
        <source>Template %1 (%2) saved.</source>
        <translation>Modello %1 (%2) salvato.</translation>
    </message>
    <message>
        <source>Delete the template %1 (%2) from the registry? Notifications and broadcasts using it will be refused until it is added again.</source>
        <translation>Eliminare il modello %1 (%2) dal registro? Notifiche e comunicazioni che lo usano saranno rifiutate finché non verrà aggiunto di nuovo.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Elimina modello</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Template %1 (%2) deleted.</source>
        <translation>Modello %1 (%2) eliminato.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::TemporaryPasswordDialog</name>
    <message>
        <source>Temporary password of %1</source>
        <translation>Password temporanea di %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>The password of %1 was reset; any open session of theirs has ended. The temporary password:</source>
        <translation>La password di %1 è stata reimpostata; le sue sessioni aperte sono state chiuse. La password temporanea:</translation>
    </message>
    <message>
        <source>User %1 created. The temporary password:</source>
        <translation>Utente %1 creato. La password temporanea:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Give it to %1 in person or by phone, never by e-mail.&lt;/b&gt; It cannot be shown again, and it must be changed at the first login.</source>
        <translation>&lt;b&gt;Comunicala a %1 di persona o per telefono, mai per e-mail.&lt;/b&gt; Non potrà essere mostrata di nuovo e va cambiata al primo accesso.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::TokenDialog</name>
    <message>
        <source>Token of %1</source>
        <translation>Token di %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy this token now and give it to %1 through a safe channel.&lt;/b&gt; It cannot be shown again: Sportello keeps only a fingerprint of it. If it is lost, rotate the token.</source>
        <translation>&lt;b&gt;Copia ora questo token e consegnalo a %1 attraverso un canale sicuro.&lt;/b&gt; Non potrà essere mostrato di nuovo: Sportello ne conserva solo un&apos;impronta. Se va perso, rinnova il token.</translation>
    </message>
    <message>
        <source>The new token of %1. The old token no longer works.</source>
        <translation>Il nuovo token di %1. Il vecchio token non funziona più.</translation>
    </message>
    <message>
        <source>The token of the new API client %1:</source>
        <translation>Il token del nuovo client API %1:</translation>
    </message>
</context>
<context>
    <name>sportello::desk::TopTermsModel</name>
    <message>
        <source>Unknown term</source>
        <translation>Termine sconosciuto</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
</context>
<context>
    <name>sportello::desk::TopTopicsTableModel</name>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Requests (with subtopics)</source>
        <translation>Richieste (con sottoargomenti)</translation>
    </message>
    <message>
        <source>Requests (this topic)</source>
        <translation>Richieste (solo questo argomento)</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Senza risposta</translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(nessun argomento)</translation>
    </message>
</context>
<context>
    <name>sportello::desk::TwoFactorDialog</name>
    <message>
        <source>Set up two-factor authentication</source>
        <translation>Configura l&apos;autenticazione a due fattori</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparazione…</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 cifre</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Conferma</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Chiave:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Codice:</translation>
    </message>
    <message>
        <source>Your role requires two-factor authentication for %1. Scan this QR code with an authenticator app (for example FreeOTP, Google Authenticator or Microsoft Authenticator), or type the key into it by hand; then enter the 6-digit code the app shows.</source>
        <translation>Il tuo ruolo richiede l&apos;autenticazione a due fattori per %1. Inquadra questo codice QR con un&apos;app di autenticazione (ad esempio FreeOTP, Google Authenticator o Microsoft Authenticator), oppure digita la chiave a mano; poi inserisci il codice di 6 cifre che l&apos;app mostra.</translation>
    </message>
    <message>
        <source>C&amp;opy the codes</source>
        <translation>C&amp;opia i codici</translation>
    </message>
    <message>
        <source>I have saved the recovery codes in a safe place</source>
        <translation>Ho conservato i codici di recupero in un luogo sicuro</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fine</translation>
    </message>
    <message>
        <source>Two-factor authentication is on. If you lose the phone with the app, each of these recovery codes lets you log in once instead of a code. They are shown only now: copy them or write them down, and keep them safe.</source>
        <translation>L&apos;autenticazione a due fattori è attiva. Se perdi il telefono con l&apos;app, ciascuno di questi codici di recupero ti permette di accedere una volta al posto del codice. Sono mostrati solo ora: copiali o trascrivili e conservali al sicuro.</translation>
    </message>
    <message>
        <source>Enter the code the app shows.</source>
        <translation>Inserisci il codice che l&apos;app mostra.</translation>
    </message>
    <message>
        <source>The code does not match. Enter the code the app shows now, and check that the phone&apos;s clock is right.</source>
        <translation>Il codice non corrisponde. Inserisci il codice che l&apos;app mostra adesso e controlla che l&apos;orologio del telefono sia esatto.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::UnansweredModel</name>
    <message>
        <source>unknown hashtag</source>
        <translation>hashtag sconosciuto</translation>
    </message>
    <message>
        <source>phrase</source>
        <translation>frase</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ultima volta</translation>
    </message>
    <message>
        <source>Numbers, e-mail addresses and fiscal codes are masked before a request is stored.</source>
        <translation>Numeri, indirizzi e-mail e codici fiscali vengono mascherati prima che una richiesta sia conservata.</translation>
    </message>
    <message>
        <source>Citizens</source>
        <comment>column: how many different citizens wrote the request</comment>
        <translation>Cittadini</translation>
    </message>
</context>
<context>
    <name>sportello::desk::UnansweredPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>Add as &amp;alias…</source>
        <translation>Aggiungi come &amp;alias…</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Ultimo %n giorno</numerusform>
            <numerusform>Ultimi %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Make the selected request an alias of a hashtag in the draft</source>
        <translation>Rendi la richiesta selezionata un alias di un hashtag della bozza</translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered request(s) in the period.</source>
        <translation>
            <numerusform>%n richiesta senza risposta nel periodo.</numerusform>
            <numerusform>%n richieste senza risposta nel periodo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add as alias</source>
        <translation>Aggiungi come alias</translation>
    </message>
    <message>
        <source>Which hashtag should answer %1?</source>
        <translation>Quale hashtag deve rispondere a %1?</translation>
    </message>
    <message>
        <source>This request holds masked personal data: it cannot become an alias</source>
        <translation>Questa richiesta contiene dati personali mascherati: non può diventare un alias</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) with a phrase written by fewer than %1 citizens: counted, not listed.</source>
        <translation>
            <numerusform>%n richiesta con una frase scritta da meno di %1 cittadini: contata, non elencata.</numerusform>
            <numerusform>%n richieste con frasi scritte da meno di %1 cittadini: contate, non elencate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sportello::desk::UserDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifica %1</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nuovo utente</translation>
    </message>
    <message>
        <source>e.g. m.rossi</source>
        <translation>es. m.rossi</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>&amp;Name shown:</source>
        <translation>Nome &amp;visualizzato:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crea</translation>
    </message>
    <message>
        <source>The new user receives a temporary password, to change at the first login.</source>
        <translation>Il nuovo utente riceve una password temporanea, da cambiare al primo accesso.</translation>
    </message>
    <message>
        <source>A username is required.</source>
        <translation>Il nome utente è obbligatorio.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Il nome è obbligatorio.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::UserTableModel</name>
    <message>
        <source>Viewer</source>
        <translation>Lettore</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redattore</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisore</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Bloccato fino a %1</translation>
    </message>
    <message>
        <source>Active, temporary password</source>
        <translation>Attivo, password temporanea</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>last login</comment>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Ultimo accesso</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Non attiva</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Due fattori</translation>
    </message>
</context>
<context>
    <name>sportello::desk::UsersPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Nuovo utente…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Disattiva…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Reimposta &amp;password…</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <source>&amp;Sessions…</source>
        <translation>S&amp;essioni…</translation>
    </message>
    <message>
        <source>Filter by name, username, role or state</source>
        <translation>Filtra per nome, nome utente, ruolo o stato</translation>
    </message>
    <message>
        <source>The people who use Sportello. Each role is a fixed set of permissions; the relay checks them on every request.</source>
        <translation>Le persone che usano Sportello. Ogni ruolo è un insieme fisso di permessi, che il relay verifica a ogni richiesta.</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>Utente %1 creato.</translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation>Utente %1 salvato.</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer log in, and their open sessions end at once. You can re-enable the account later.</source>
        <translation>Disattivare %1? Non potrà più accedere e le sue sessioni aperte vengono chiuse subito. L&apos;account si può riattivare in seguito.</translation>
    </message>
    <message>
        <source>Re-enable %1? They can log in again with their password.</source>
        <translation>Riattivare %1? Potrà accedere di nuovo con la sua password.</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Disattiva utente</translation>
    </message>
    <message>
        <source>Re-enable user</source>
        <translation>Riattiva utente</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disattiva</translation>
    </message>
    <message>
        <source>Re-enable</source>
        <translation>Riattiva</translation>
    </message>
    <message>
        <source>User %1 disabled; their sessions have ended.</source>
        <translation>Utente %1 disattivato; le sue sessioni sono state chiuse.</translation>
    </message>
    <message>
        <source>User %1 re-enabled.</source>
        <translation>Utente %1 riattivato.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reimposta password</translation>
    </message>
    <message>
        <source>Give %1 a new temporary password? The current password stops working and their open sessions end at once.</source>
        <translation>Dare a %1 una nuova password temporanea? La password attuale smette di funzionare e le sue sessioni aperte vengono chiuse subito.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reimposta</translation>
    </message>
    <message>
        <source>Password of %1 reset.</source>
        <translation>Password di %1 reimpostata.</translation>
    </message>
    <message>
        <source>User %1 unlocked: they can log in again.</source>
        <translation>Utente %1 sbloccato: può accedere di nuovo.</translation>
    </message>
    <message>
        <source>Re-&amp;enable…</source>
        <translation>Ri&amp;attiva…</translation>
    </message>
    <message>
        <source>Reset &amp;two-factor…</source>
        <translation>Azzera &amp;due fattori…</translation>
    </message>
    <message>
        <source>Reset two-factor authentication</source>
        <translation>Azzera l&apos;autenticazione a due fattori</translation>
    </message>
    <message>
        <source>Clear the two-factor authentication of %1? Their recovery codes stop working, their open sessions end at once, and at the next login they set it up again.</source>
        <translation>Azzerare l&apos;autenticazione a due fattori di %1? I suoi codici di recupero smettono di funzionare, le sue sessioni aperte terminano subito e al prossimo accesso dovrà configurarla di nuovo.</translation>
    </message>
    <message>
        <source>Two-factor authentication of %1 reset; their sessions have ended.</source>
        <translation>Autenticazione a due fattori di %1 azzerata; le sue sessioni sono terminate.</translation>
    </message>
</context>
<context>
    <name>sportello::desk::VersionHistoryDialog</name>
    <message>
        <source>&amp;Roll back to this version…</source>
        <translation>&amp;Ripristina questa versione…</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>Cronologia delle versioni</translation>
    </message>
    <message>
        <source>Changes from the version before</source>
        <translation>Modifiche rispetto alla versione precedente</translation>
    </message>
    <message>
        <source>Unpublished changes in the draft</source>
        <translation>Modifiche non pubblicate nella bozza</translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation>Caricamento delle versioni…</translation>
    </message>
    <message>
        <source>The first version: nothing to compare it with.</source>
        <translation>È la prima versione: non c&apos;è nulla con cui confrontarla.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Note for the new version (required):</source>
        <translation>Nota per la nuova versione (obbligatoria):</translation>
    </message>
    <message>
        <source>Back to version %1</source>
        <translation>Ritorno alla versione %1</translation>
    </message>
    <message>
        <source>A note is required to roll back.</source>
        <translation>Per ripristinare serve una nota.</translation>
    </message>
    <message>
        <source>Publish the content of version %1 again as a new version? Citizens receive it at once, and the draft is replaced by it.</source>
        <translation>Pubblicare di nuovo il contenuto della versione %1 come nuova versione? I cittadini lo ricevono subito e la bozza viene sostituita.</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Ripristino in corso…</translation>
    </message>
</context>
<context>
    <name>sportello::desk::VersionListModel</name>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Pubblicata</translation>
    </message>
    <message>
        <source>By</source>
        <comment>who published a version</comment>
        <translation>Da</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtag</translation>
    </message>
</context>
</TS>
