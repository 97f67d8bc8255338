## The operator's screens: PIN pad, outbox, health, statistics. Reached by
## holding a finger on the top-left corner for three seconds.

pin-title = Hyrja e operatorit
pin-hint = Shkruaj PIN-in e operatorit.
pin-enter = Hyr
pin-cancel = Anulo
pin-delete = Fshi
pin-checking = Po kontrollohet PIN-i…
# Variables: $left (number)
pin-wrong =
    { $left ->
        [one] PIN i gabuar. Edhe { $left } përpjekje, pastaj hyrja bllokohet.
       *[other] PIN i gabuar. Edhe { $left } përpjekje, pastaj hyrja bllokohet.
    }
# Variables: $seconds (number)
pin-locked =
    { $seconds ->
        [one] Shumë PIN të gabuar: provo pas { $seconds } sekonde.
       *[other] Shumë PIN të gabuar: provo pas { $seconds } sekondash.
    }

operator-title = Operatori
operator-assisted = Fillo një seancë me ndihmë
operator-close = Mbyll panelin
operator-leave-kiosk = Dil nga kioska (mirëmbajtje)
operator-outbox = Kërkesat në dalje
operator-health = Gjendja e kioskës
operator-statistics = Statistikat
operator-export = Eksporto CSV-në e muajit
# Variables: $file (string)
operator-exported = U ruajt në { $file }
operator-export-failed = CSV-ja nuk mund të ruhet: kontrollo hapësirën në disk.
operator-refresh = Rifresko

outbox-empty = Nuk ka kërkesa në dalje.
outbox-reference = Numri
outbox-service = Shërbimi
outbox-state = Gjendja
outbox-age = Pret prej
outbox-attempts = Përpjekje
outbox-error = Gabimi i fundit
outbox-retry = Provo tani
outbox-cancel = Anulo…
outbox-reprint = Ristampo dëftesën
outbox-cancel-question = Pse po e anulon këtë kërkesë?
# Variables: $minutes (number)
outbox-minutes =
    { $minutes ->
        [one] { $minutes } minutë
       *[other] { $minutes } minuta
    }

health-printer = Printeri
health-printer-ok = gati
health-disk = Hapësira e lirë në disk
health-queue = Kërkesa ende të padorëzuara
# Variables: $minutes (number)
health-oldest =
    { $minutes ->
        [one] më e vjetra pret prej { $minutes } minute
       *[other] më e vjetra pret prej { $minutes } minutash
    }
health-metrics = Metrikat Prometheus
health-metrics-off = joaktive (adresë e zënë ose e pavlefshme)
health-training = Modaliteti i trajnimit është aktiv: asgjë nuk shkon te zyrat, asgjë nuk numërohet.

stats-today = Sot
stats-week = 7 ditët e fundit
stats-month = 30 ditët e fundit
stats-service = Shërbimi
stats-language = Gjuha
stats-mode = Mënyra
stats-started = Të filluara
stats-completed = Të përfunduara
stats-rate = Përfundimi
stats-median = Koha mediane
stats-gave-up = Ku braktiset
stats-none = Nuk ka të dhëna për këtë periudhë.
stats-mode-self = vetëm
stats-mode-assisted = me ndihmë
