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
operator-hand-offs = De făcut pe portal
operator-health = Starea chioșcului
operator-statistics = Statistici
operator-training = Instruire
operator-attention = Este nevoie de intervenția ta:
operator-export = Exportă CSV-ul lunii
# Variables: $file (string)
operator-exported = Salvat în { $file }
# Variables: $file (string)
operator-exported-usb = Salvat pe stickul USB: { $file }
# Variables: $file (string)
operator-exported-no-usb = Niciun stick USB introdus: salvat în { $file }
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
outbox-error-unreachable = biroul nu răspunde
outbox-error-rate-limited = biroul cere să se aștepte
outbox-error-malformed = răspuns nevalid
outbox-error-unknown-operation = operațiune necunoscută
outbox-error-unreadable-payload = date ilizibile
outbox-error-refused = respinsă
# Variables: $code (string)
outbox-error-refused-code = respinsă ({ $code })
# Variables: $minutes (number)
outbox-minutes =
    { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }

# Variables: $queue (string), $state (string)
health-printer-line = Imprimanta „{ $queue }”: { $state }
health-printer-ok = pregătită
# Variables: $mib (number)
health-disk-line = Spațiu liber pe disc: { $mib } MiB
# Variables: $count (number)
health-queue-line = Cereri încă nelivrate: { $count }
# Variables: $minutes (number)
health-oldest =
    { $minutes ->
        [one] cea mai veche așteaptă de { $minutes } minut
        [few] cea mai veche așteaptă de { $minutes } minute
       *[other] cea mai veche așteaptă de { $minutes } de minute
    }
# Variables: $address (string)
health-metrics-line = Metrici Prometheus: { $address }
health-metrics-off = Metrici Prometheus: inactive (adresă ocupată sau nevalidă)
health-speech-ready = Voce: pregătită în toate limbile
health-speech-checking = Voce: verificare în curs…
# Variables: $languages (string)
health-speech-missing = Voce: lipsesc vocile pentru { $languages } (pachetul espeak-ng)
speech-problem-disabled = Voce: oprită din configurație
speech-problem-no-program = Voce: espeak-ng nu este instalat, butonul Ascultă nu apare
speech-problem-no-player = Voce: aplay (pachetul alsa-utils) nu este instalat, butonul Ascultă nu apare
# Variables: $detail (string)
speech-problem-no-audio = Voce: dispozitivul audio nu se deschide ({ $detail }), butonul Ascultă nu apare
# A service's data (catalogue, flow, portal form) is broken: it is not offered.
# Variables: $service (string), $detail (string)
health-service-disabled = Serviciu oprit, datele lui nu sunt valide: { $service } ({ $detail })
# The Italian labels on the "continue on the portal" sheet were written from
# the published instructions, not read on the live portal.
# Variables: $services (string)
health-portal-labels-unconfirmed = Etichetele portalului trebuie verificate (compară-le cu portalul și pune confirmed = true în assets/portals.toml): { $services }
health-agencies = Birouri
# Variables: $agency (string), $state (string)
health-agency-line = { $agency }: { $state }
# Variables: $minutes (number)
health-agency-last =
    { $minutes ->
        [one] ultimul răspuns acum { $minutes } minut
        [few] ultimul răspuns acum { $minutes } minute
       *[other] ultimul răspuns acum { $minutes } de minute
    }
agency-state-unknown = niciun apel până acum
agency-state-up = răspunde
agency-state-slow = răspunde încet
agency-state-down = nu răspunde
agency-state-circuit-open = trimiteri suspendate după prea multe erori; se reîncearcă automat în curând

# Variables: $count (number)
attention-needs-operator =
    { $count ->
        [one] { $count } cerere așteaptă decizia ta (Cereri de trimis)
        [few] { $count } cereri așteaptă decizia ta (Cereri de trimis)
       *[other] { $count } de cereri așteaptă decizia ta (Cereri de trimis)
    }
# Variables: $mib (number)
attention-disk = Puțin spațiu liber pe disc: { $mib } MiB

## The agencies' own names: proper names, the same in every language.
agency-name-comune-arezzo = Comune di Arezzo
agency-name-polizia-di-stato = Polizia di Stato
agency-name-prefettura = Prefettura di Arezzo
agency-name-ministero-istruzione = Ministero dell'Istruzione e del Merito
agency-name-biblioteca-arezzo = Biblioteca Città di Arezzo
agency-name-regione-toscana = Regione Toscana
agency-name-usl-toscana-sud-est = USL Toscana Sud Est

training-off = Chioșcul lucrează cu birourile reale.
training-on = Mod instruire: totul merge la simulator, documentele sunt specimene, nimic nu se numără. Cererile reale de trimis continuă să plece.
training-from-config = Instruirea este setată în configurația chioșcului (sală de instruire).
training-start = Începe instruirea
training-stop = Revino la serviciul real
training-failed = Instruirea nu poate porni: simulatorul nu pornește (vezi jurnalul).
training-faults = Defecțiuni simulate la birouri
training-faults-hint = Alege cum răspunde fiecare birou, ca să exersezi zilele grele.
fault-normal = Normal
fault-slow = Lent
fault-errors = Erori
fault-down = Nefuncțional
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

## Hand-offs: applications prepared for a portal that people asked the help
## desk to finish with them.

hand-offs-empty = Nicio cerere lăsată la ghișeu.
hand-off-open = Deschide
hand-off-close = Închide și șterge de pe ecran
hand-off-answers = Răspunsurile, cu etichetele portalului: introdu-le împreună cu persoana, care intră cu SPID-ul sau cu CIE-ul său.
hand-off-gone = Răspunsurile acestei cereri nu mai există (șterse după perioada de păstrare).
