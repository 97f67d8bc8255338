## Configuration errors (kiosk-config). An installer or operator reads them,
## in Italian and English, on the console and on the out-of-service page.
## Keys, values and file names appear as written in the file.

config-error-at = { $file }, rândul { $line }, coloana { $column }:
config-error-in-file = { $file }:
config-did-you-mean = Poate ai vrut să scrii „{ $suggestion }”?
config-ok =
    { $file }: configurație validă (chioșc { $kiosk }, { $languages ->
        [one] { $languages } limbă
        [few] { $languages } limbi
       *[other] { $languages } de limbi
    }, { $services ->
        [one] { $services } serviciu
        [few] { $services } servicii
       *[other] { $services } de servicii
    }).

config-unreadable = Nu pot citi fișierul ({ $reason }).
config-unreadable-fix = Verifică calea fișierului și dacă utilizatorul chioșcului îl poate citi.

config-syntax = Fișierul nu este TOML valid: { $detail }
config-syntax-fix = Scrie fiecare setare sub forma „cheie = valoare”, cu textele între ghilimele duble.

config-unknown-key = Cheia „{ $key }” nu există în secțiunea { $table }.
config-unknown-key-fix = Șterge rândul sau corectează numele. În { $table } poți scrie: { $allowed }.

config-missing-key = Lipsește setarea obligatorie „{ $key }”.
config-missing-key-fix = Adaugă „{ $name } = …” în secțiunea { $table } (vezi kiosk-config/demo.toml).

config-wrong-type = Valoarea lui „{ $key }” are un tip greșit ({ $found }).
config-wrong-type-fix =
    { $expected ->
        [integer] Scrie un număr întreg, fără ghilimele (de exemplu 120).
        [boolean] Scrie true sau false, fără ghilimele.
        [list] Scrie o listă între paranteze drepte, de exemplu [ "it", "en" ].
        [table] Scrie o secțiune cu cheile ei.
        [text] Scrie un text între ghilimele duble.
       *[other] Compară valoarea cu exemplul din kiosk-config/demo.toml.
    }

config-out-of-range = Valoarea { $value } a lui „{ $key }” este în afara limitelor.
config-out-of-range-fix = Scrie un număr de la { $min } la { $max }.

config-empty-text = „{ $key }” este gol sau conține caractere de control.
config-empty-text-fix = Scrie un text pe un singur rând, între ghilimele duble.

config-empty-list = Lista „{ $key }” este goală.
config-empty-list-fix = Scrie cel puțin un element în listă.

config-duplicate = „{ $value }” apare de două ori în „{ $key }”.
config-duplicate-fix = Păstrează fiecare element o singură dată.

config-bad-kiosk-id = Codul chioșcului nu este valid.
config-bad-kiosk-id-fix = Scrie între 2 și 16 litere mari, cifre și cratime, începând cu o literă (de exemplu "AR-K01").

config-bad-phone = Numărul de telefon al ghișeului nu este valid.
config-bad-phone-fix = Scrie numărul cu cifre și, dacă e nevoie, + și spații (de exemplu "0575 1820242").

config-unknown-language = Limba „{ $value }” nu există printre traduceri.
config-unknown-language-fix = Folosește una dintre acestea: { $allowed }.

config-italian-required = Italiana lipsește dintre limbile active.
config-italian-required-fix = Adaugă "it" în listă: este limba biroului și limba de rezervă.

config-default-not-enabled = Limba implicită „{ $value }” nu este printre limbile active.
config-default-not-enabled-fix = Alege una dintre limbile active: { $allowed }.

config-unknown-service = Serviciul „{ $value }” nu există în catalog.
config-unknown-service-fix = Folosește unul dintre acestea: { $allowed }.

config-warning-not-shorter = Avertizarea de inactivitate ({ $value } s) nu este mai scurtă decât timpul de inactivitate ({ $timeout } s).
config-warning-not-shorter-fix = Scrie o avertizare mai scurtă de { $timeout } secunde.

config-connect-longer = Timpul de conectare ({ $value } ms) depășește timpul maxim al cererii ({ $request } ms).
config-connect-longer-fix = Scrie un timp de conectare de cel mult { $request } ms.

config-bad-endpoint = Adresa „{ $value }” din „{ $key }” nu este validă.
config-bad-endpoint-fix = Scrie "simulator" sau o adresă completă https:// (http:// doar pe acest calculator: datele persoanelor nu circulă necriptate), fără utilizator, parolă sau parametri.

# Variables: $value (string)
config-bad-webhook = Adresa „{ $value }” pentru chemarea operatorului nu este validă.
config-bad-webhook-fix = Scrie o adresă completă https:// (http:// doar pe acest calculator), fără utilizator, parolă sau parametri, sau șterge rândul.

config-bad-printer = „{ $value }” nu este un nume valid de imprimantă CUPS.
config-bad-printer-fix = Scrie numele cozii CUPS (îl afișează lpstat -p), fără spații, bare oblice, # sau virgule.

config-bad-pin-hash = PIN-ul operatorului nu este un hash Argon2id valid.
config-bad-pin-hash-fix = Generează hash-ul cu „serto-kiosk hash-pin” și copiază-l întreg, de la „$argon2id$” încolo.

# Variables: $memory (string), $passes (string)
config-weak-pin-hash = Hash-ul PIN-ului este prea slab: memorie { $memory } KiB, număr de treceri { $passes } (sunt necesare cel puțin 19456 KiB și 2 treceri).
config-weak-pin-hash-fix = Generează un hash nou cu „serto-kiosk hash-pin”: comanda folosește parametri siguri. Oricine citește acest fișier ghicește în câteva secunde un PIN scurt protejat de un hash slab.

# Variables: $key (string), $length (string), $max (string)
config-too-long = Textul din „{ $key }” este prea lung: lungime { $length }, maximum { $max } de caractere.
config-too-long-fix = Scurtează-l: trebuie să încapă pe un singur rând în pagini și pe fiecare chitanță.

# Variables: $value (string), $reason (string)
config-data-dir-unusable = Chioșcul nu poate scrie în folderul de date „{ $value }” ({ $reason }).
config-data-dir-unusable-fix = Indică un folder (nu un fișier) pe un disc în care se poate scrie, deținut de utilizatorul chioșcului, de exemplu /var/lib/serto-kiosk.

config-bad-listen = „{ $value }” nu este o adresă de ascultare validă.
config-bad-listen-fix = Scrie adresa și portul, de exemplu "127.0.0.1:9464".

# Variables: $value (string), $reason (string)
config-bad-key-file = Fișierul cheii pagoPA „{ $value }” nu poate fi folosit ({ $reason }).
config-bad-key-file-fix = Pune cheia de abonament (Ocp-Apim-Subscription-Key) singură în acel fișier, care să poată fi citit de utilizatorul chioșcului, sau corectează calea (relativă la folderul acestui fișier).
# Variables: $value (string), $mode (string)
config-key-file-open = Fișierul cheii pagoPA „{ $value }” poate fi citit de alți utilizatori (permisiuni { $mode }).
# Variables: $value (string)
config-key-file-open-fix = Cheia este un secret al Comune: fă ca fișierul să poată fi citit doar de proprietarul său, cu „chmod 600 { $value }”.

config-not-loopback = Metricile ar fi vizibile în rețea la { $value }.
config-not-loopback-fix = Folosește o adresă locală ca "127.0.0.1:9464" sau adaugă „allow_non_loopback = true” în secțiunea [metrics] dacă rețeaua este protejată.

# Variables: $key (string)
config-missing-section = Lipsește secțiunea obligatorie „[{ $key }]”.
# Variables: $key (string)
config-missing-section-fix = Adăugați secțiunea „[{ $key }]” cu setările ei (vedeți kiosk-config/demo.toml).

# Variables: $key (string)
config-duplicate-key = „{ $key }” este scris de două ori.
# Variables: $key (string)
config-duplicate-key-fix = Păstrați „{ $key }” o singură dată și ștergeți-l pe celălalt.
