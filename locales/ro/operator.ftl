## The operator's screens: PIN pad, outbox, health, statistics. Reached by
## holding a finger on the top-left corner for three seconds.

pin-title = Acces operator
pin-hint = Scrie PIN-ul operatorului.
pin-enter = Intră
pin-cancel = Anulează
pin-delete = Șterge
pin-checking = Se verifică PIN-ul…
# Variables: $left (number)
pin-wrong =
    { $left ->
        [one] PIN greșit. Mai ai { $left } încercare, apoi accesul se blochează.
        [few] PIN greșit. Mai ai { $left } încercări, apoi accesul se blochează.
       *[other] PIN greșit. Mai ai { $left } de încercări, apoi accesul se blochează.
    }
# Variables: $seconds (number)
pin-locked =
    { $seconds ->
        [one] Prea multe PIN-uri greșite: reîncearcă peste { $seconds } secundă.
        [few] Prea multe PIN-uri greșite: reîncearcă peste { $seconds } secunde.
       *[other] Prea multe PIN-uri greșite: reîncearcă peste { $seconds } de secunde.
    }

operator-title = Operator
operator-assisted = Începe o sesiune asistată
operator-close = Închide panoul
operator-leave-kiosk = Ieși din chioșc (întreținere)
operator-outbox = Cereri de trimis
operator-health = Starea chioșcului
operator-statistics = Statistici
operator-export = Exportă CSV-ul lunii
# Variables: $file (string)
operator-exported = Salvat în { $file }
operator-export-failed = CSV-ul nu poate fi salvat: verifică spațiul de pe disc.
operator-refresh = Actualizează

outbox-empty = Nicio cerere de trimis.
outbox-reference = Număr
outbox-service = Serviciu
outbox-state = Stare
outbox-age = Vechime
outbox-attempts = Încercări
outbox-error = Ultima eroare
outbox-retry = Reîncearcă acum
outbox-cancel = Anulează…
outbox-reprint = Retipărește chitanța
outbox-cancel-question = De ce anulezi această cerere?
# Variables: $minutes (number)
outbox-minutes =
    { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }

health-printer = Imprimantă
health-printer-ok = pregătită
health-disk = Spațiu liber pe disc
health-queue = Cereri încă nelivrate
# Variables: $minutes (number)
health-oldest =
    { $minutes ->
        [one] cea mai veche așteaptă de { $minutes } minut
        [few] cea mai veche așteaptă de { $minutes } minute
       *[other] cea mai veche așteaptă de { $minutes } de minute
    }
health-metrics = Metrici Prometheus
health-metrics-off = inactive (adresă ocupată sau nevalidă)
health-training = Mod instruire activ: nimic nu ajunge la birouri, nimic nu se numără.

stats-today = Azi
stats-week = Ultimele 7 zile
stats-month = Ultimele 30 de zile
stats-service = Serviciu
stats-language = Limbă
stats-mode = Mod
stats-started = Începute
stats-completed = Finalizate
stats-rate = Rată de finalizare
stats-median = Timp median
stats-gave-up = Unde se renunță
stats-none = Nu există date în această perioadă.
stats-mode-self = fără ajutor
stats-mode-assisted = asistat
