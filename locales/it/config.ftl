## Configuration errors (kiosk-config). An installer or operator reads them,
## in Italian and English, on the console and on the out-of-service page.
## Keys, values and file names appear as written in the file.

# Variables: $file (string), $line (number), $column (number)
config-error-at = { $file }, riga { $line }, colonna { $column }:
# Variables: $file (string)
config-error-in-file = { $file }:
# Variables: $suggestion (string)
config-did-you-mean = Forse intendevi «{ $suggestion }»?
# Variables: $file (string), $kiosk (string), $languages (number), $services (number)
config-ok =
    { $file }: configurazione valida (chiosco { $kiosk }, { $languages ->
        [one] { $languages } lingua
       *[other] { $languages } lingue
    }, { $services ->
        [one] { $services } servizio
       *[other] { $services } servizi
    }).

# Variables: $reason (string)
config-unreadable = Non riesco a leggere il file ({ $reason }).
config-unreadable-fix = Controlla il percorso del file e che l'utente del chiosco possa leggerlo.

# Variables: $detail (string)
config-syntax = Il file non è TOML valido: { $detail }
config-syntax-fix = Scrivi ogni impostazione come «chiave = valore», con i testi tra virgolette doppie.

# Variables: $key (string), $table (string)
config-unknown-key = La chiave «{ $key }» non esiste nella sezione { $table }.
# Variables: $table (string), $allowed (string)
config-unknown-key-fix = Togli la riga o correggi il nome. In { $table } puoi scrivere: { $allowed }.

# Variables: $key (string)
config-missing-key = Manca l'impostazione obbligatoria «{ $key }».
# Variables: $name (string), $table (string)
config-missing-key-fix = Aggiungi «{ $name } = …» nella sezione { $table } (vedi kiosk-config/demo.toml).

# Variables: $key (string), $found (string)
config-wrong-type = Il valore di «{ $key }» è del tipo sbagliato ({ $found }).
# Variables: $expected (string)
config-wrong-type-fix =
    { $expected ->
        [integer] Scrivi un numero intero, senza virgolette (per esempio 120).
        [boolean] Scrivi true oppure false, senza virgolette.
        [list] Scrivi un elenco tra parentesi quadre, per esempio [ "it", "en" ].
        [table] Scrivi una sezione con le sue chiavi.
        [text] Scrivi un testo tra virgolette doppie.
       *[other] Controlla il valore con l'esempio in kiosk-config/demo.toml.
    }

# Variables: $value (string), $key (string)
config-out-of-range = Il valore { $value } di «{ $key }» è fuori dai limiti.
# Variables: $min (string), $max (string)
config-out-of-range-fix = Scrivi un numero da { $min } a { $max }.

# Variables: $key (string)
config-empty-text = «{ $key }» è vuoto o contiene caratteri di controllo.
config-empty-text-fix = Scrivi un testo su una sola riga, tra virgolette doppie.

# Variables: $key (string)
config-empty-list = L'elenco «{ $key }» è vuoto.
config-empty-list-fix = Scrivi almeno un elemento nell'elenco.

# Variables: $value (string), $key (string)
config-duplicate = «{ $value }» compare due volte in «{ $key }».
config-duplicate-fix = Lascia una sola volta ogni elemento.

config-bad-kiosk-id = Il codice del chiosco non è valido.
config-bad-kiosk-id-fix = Scrivi da 2 a 16 lettere maiuscole, cifre e trattini, iniziando con una lettera (per esempio "AR-K01").

config-bad-phone = Il numero di telefono dello sportello non è valido.
config-bad-phone-fix = Scrivi il numero con le cifre ed eventualmente + e spazi (per esempio "0575 1820242").

# Variables: $value (string)
config-unknown-language = La lingua «{ $value }» non esiste tra le traduzioni.
# Variables: $allowed (string)
config-unknown-language-fix = Usa una di queste: { $allowed }.

config-italian-required = L'italiano manca tra le lingue attive.
config-italian-required-fix = Aggiungi "it" all'elenco: è la lingua dell'ufficio e quella di riserva.

# Variables: $value (string)
config-default-not-enabled = La lingua predefinita «{ $value }» non è tra le lingue attive.
# Variables: $allowed (string)
config-default-not-enabled-fix = Scegli una delle lingue attive: { $allowed }.

# Variables: $value (string)
config-unknown-service = Il servizio «{ $value }» non esiste nel catalogo.
# Variables: $allowed (string)
config-unknown-service-fix = Usa uno di questi: { $allowed }.

# Variables: $value (string), $timeout (string)
config-warning-not-shorter = L'avviso di inattività ({ $value } s) non è più breve del tempo di inattività ({ $timeout } s).
# Variables: $timeout (string)
config-warning-not-shorter-fix = Scrivi un avviso più breve di { $timeout } secondi.

# Variables: $value (string), $request (string)
config-connect-longer = Il tempo di connessione ({ $value } ms) supera il tempo massimo della richiesta ({ $request } ms).
# Variables: $request (string)
config-connect-longer-fix = Scrivi un tempo di connessione non superiore a { $request } ms.

# Variables: $value (string), $key (string)
config-bad-endpoint = L'indirizzo «{ $value }» di «{ $key }» non è valido.
config-bad-endpoint-fix = Scrivi "simulator" oppure un indirizzo completo https:// (http:// solo verso questo computer: i dati delle persone non viaggiano in chiaro), senza utente, password o parametri.

# Variables: $value (string)
config-bad-webhook = L'indirizzo «{ $value }» per chiamare l'operatore non è valido.
config-bad-webhook-fix = Scrivi un indirizzo completo https:// (http:// solo su questo computer), senza utente, password o parametri, oppure togli la riga.

# Variables: $value (string)
config-bad-printer = «{ $value }» non è un nome di stampante CUPS valido.
config-bad-printer-fix = Scrivi il nome della coda CUPS (lpstat -p la mostra), senza spazi, barre, # o virgole.

config-bad-pin-hash = Il PIN dell'operatore non è un hash Argon2id valido.
config-bad-pin-hash-fix = Genera l'hash con «serto-kiosk hash-pin» e copialo intero, da «$argon2id$» in poi.

# Variables: $memory (string), $passes (string)
config-weak-pin-hash = L'hash del PIN è troppo debole: { $memory } KiB di memoria e { $passes } passaggi (servono almeno 19456 KiB e 2 passaggi).
config-weak-pin-hash-fix = Genera un nuovo hash con «serto-kiosk hash-pin»: usa parametri sicuri. Un PIN corto dietro un hash debole si indovina in pochi secondi da chi legge questo file.

# Variables: $key (string), $length (string), $max (string)
config-too-long = Il testo di «{ $key }» è troppo lungo: { $length } caratteri, al massimo { $max }.
config-too-long-fix = Accorcialo: va su una riga delle pagine e di ogni ricevuta.

# Variables: $value (string), $reason (string)
config-data-dir-unusable = Nella cartella dei dati «{ $value }» il chiosco non può scrivere ({ $reason }).
config-data-dir-unusable-fix = Indica una cartella (non un file) su un disco scrivibile, di proprietà dell'utente del chiosco, per esempio /var/lib/serto-kiosk.

# Variables: $value (string)
config-bad-listen = «{ $value }» non è un indirizzo di ascolto valido.
config-bad-listen-fix = Scrivi indirizzo e porta, per esempio "127.0.0.1:9464".

# Variables: $value (string), $reason (string)
config-bad-key-file = Il file della chiave pagoPA «{ $value }» non si può usare ({ $reason }).
config-bad-key-file-fix = Metti la chiave di sottoscrizione (Ocp-Apim-Subscription-Key) da sola in quel file, leggibile dall'utente del chiosco, oppure correggi il percorso (relativo alla cartella di questo file).
# Variables: $value (string), $mode (string)
config-key-file-open = Il file della chiave pagoPA «{ $value }» può essere letto da altri utenti (permessi { $mode }).
# Variables: $value (string)
config-key-file-open-fix = La chiave è un segreto del Comune: rendila leggibile solo dal suo proprietario, con «chmod 600 { $value }».

# Variables: $value (string)
config-not-loopback = Le metriche sarebbero visibili in rete su { $value }.
config-not-loopback-fix = Usa un indirizzo locale come "127.0.0.1:9464", oppure aggiungi «allow_non_loopback = true» nella sezione [metrics] se la rete è protetta.

# Variables: $key (string)
config-missing-section = Manca la sezione obbligatoria «[{ $key }]».
# Variables: $key (string)
config-missing-section-fix = Aggiungi la sezione «[{ $key }]» con le sue impostazioni (vedi kiosk-config/demo.toml).

# Variables: $key (string)
config-duplicate-key = «{ $key }» è scritto due volte.
# Variables: $key (string)
config-duplicate-key-fix = Tieni una sola volta «{ $key }» e togli l'altra.
