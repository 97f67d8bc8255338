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
operator-hand-offs = Për t’u bërë në portal
operator-health = Gjendja e kioskës
operator-statistics = Statistikat
operator-training = Trajnimi
operator-attention = Kërkohet ndërhyrja jote:
operator-export = Eksporto CSV-në e muajit
# Variables: $file (string)
operator-exported = U ruajt në { $file }
# Variables: $file (string)
operator-exported-usb = U ruajt në çelësin USB: { $file }
# Variables: $file (string)
operator-exported-no-usb = Nuk është futur asnjë çelës USB: u ruajt në { $file }
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
outbox-error-unreachable = zyra nuk përgjigjet
outbox-error-rate-limited = zyra kërkon të pritet
outbox-error-malformed = përgjigje e pavlefshme
outbox-error-unknown-operation = veprim i panjohur
outbox-error-unreadable-payload = të dhëna të palexueshme
outbox-error-refused = e refuzuar
# Variables: $code (string)
outbox-error-refused-code = e refuzuar ({ $code })
# Variables: $minutes (number)
outbox-minutes =
    { $minutes ->
        [one] { $minutes } minutë
       *[other] { $minutes } minuta
    }

# Variables: $queue (string), $state (string)
health-printer-line = Printeri «{ $queue }»: { $state }
health-printer-ok = gati
# Variables: $mib (number)
health-disk-line = Hapësira e lirë në disk: { $mib } MiB
# Variables: $count (number)
health-queue-line = Kërkesa ende të padorëzuara: { $count }
# Variables: $minutes (number)
health-oldest =
    { $minutes ->
        [one] më e vjetra pret prej { $minutes } minute
       *[other] më e vjetra pret prej { $minutes } minutash
    }
# Variables: $address (string)
health-metrics-line = Metrikat Prometheus: { $address }
health-metrics-off = Metrikat Prometheus: joaktive (adresë e zënë ose e pavlefshme)
health-speech-ready = Zëri: gati në të gjitha gjuhët
health-speech-checking = Zëri: po kontrollohet…
# Variables: $languages (string)
health-speech-missing = Zëri: mungojnë zërat për { $languages } (paketa espeak-ng)
speech-problem-disabled = Zëri: i fikur në konfigurim
speech-problem-no-program = Zëri: espeak-ng nuk është i instaluar, butoni Dëgjo nuk shfaqet
speech-problem-no-player = Zëri: aplay (paketa alsa-utils) nuk është i instaluar, butoni Dëgjo nuk shfaqet
# Variables: $detail (string)
speech-problem-no-audio = Zëri: pajisja audio nuk hapet ({ $detail }), butoni Dëgjo nuk shfaqet
# A service's data (catalogue, flow, portal form) is broken: it is not offered.
# Variables: $service (string), $detail (string)
health-service-disabled = Shërbim i fikur, të dhënat e tij nuk janë të vlefshme: { $service } ({ $detail })
# The Italian labels on the "continue on the portal" sheet were written from
# the published instructions, not read on the live portal.
# Variables: $services (string)
health-portal-labels-unconfirmed = Etiketat e portalit për t’u verifikuar (krahasoji me portalin dhe shëno confirmed = true në assets/portals.toml): { $services }
health-agencies = Zyrat
# Variables: $agency (string), $state (string)
health-agency-line = { $agency }: { $state }
# Variables: $minutes (number)
health-agency-last =
    { $minutes ->
        [one] përgjigjja e fundit para { $minutes } minute
       *[other] përgjigjja e fundit para { $minutes } minutash
    }
agency-state-unknown = asnjë thirrje deri tani
agency-state-up = përgjigjet
agency-state-slow = përgjigjet ngadalë
agency-state-down = nuk përgjigjet
agency-state-circuit-open = dërgimet u pezulluan pas shumë gabimesh; do të riprovohet vetë së shpejti

# Variables: $count (number)
attention-needs-operator =
    { $count ->
        [one] { $count } kërkesë pret vendimin tënd (Kërkesat në dalje)
       *[other] { $count } kërkesa presin vendimin tënd (Kërkesat në dalje)
    }
# Variables: $mib (number)
attention-disk = Pak hapësirë e lirë në disk: { $mib } MiB

## The agencies' own names: proper names, the same in every language.
agency-name-comune-arezzo = Comune di Arezzo
agency-name-polizia-di-stato = Polizia di Stato
agency-name-prefettura = Prefettura di Arezzo
agency-name-ministero-istruzione = Ministero dell'Istruzione e del Merito
agency-name-biblioteca-arezzo = Biblioteca Città di Arezzo
agency-name-regione-toscana = Regione Toscana
agency-name-usl-toscana-sud-est = USL Toscana Sud Est

training-off = Kioska punon me zyrat e vërteta.
training-on = Modaliteti i trajnimit: gjithçka shkon te simulatori, dokumentet janë mostra, asgjë nuk numërohet. Kërkesat e vërteta në dalje vazhdojnë të nisen.
training-from-config = Trajnimi është caktuar në konfigurimin e kioskës (sallë trajnimi).
training-start = Fillo trajnimin
training-stop = Kthehu te shërbimi i vërtetë
training-failed = Trajnimi nuk mund të fillojë: simulatori nuk niset (shih regjistrin).
training-faults = Defekte të simuluara te zyrat
training-faults-hint = Zgjidh si përgjigjet secila zyrë, për t’u ushtruar me ditët e vështira.
fault-normal = Normale
fault-slow = Ngadalë
fault-errors = Gabime
fault-down = Jashtë shërbimit
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

## Hand-offs: applications prepared for a portal that people asked the help
## desk to finish with them.

hand-offs-empty = Asnjë kërkesë e lënë në sportel.
hand-off-open = Hap
hand-off-close = Mbyll dhe fshi nga ekrani
hand-off-answers = Përgjigjet, me etiketat e portalit: shkruaji bashkë me personin, që hyn me SPID-in ose me CIE-në e vet.
hand-off-gone = Përgjigjet e kësaj kërkese nuk ekzistojnë më (u fshinë pas periudhës së ruajtjes).
