## The operator's screens: PIN pad, outbox, health, statistics. Reached by
## holding a finger on the top-left corner for three seconds.

pin-title = Accesso operatore
pin-hint = Scrivi il PIN dell'operatore.
pin-enter = Entra
pin-cancel = Annulla
pin-delete = Cancella
pin-checking = Controllo il PIN…
# Variables: $left (number)
pin-wrong =
    { $left ->
        [one] PIN sbagliato. Ancora { $left } tentativo, poi l'accesso si blocca.
       *[other] PIN sbagliato. Ancora { $left } tentativi, poi l'accesso si blocca.
    }
# Variables: $seconds (number)
pin-locked =
    { $seconds ->
        [one] Troppi PIN sbagliati: riprova tra { $seconds } secondo.
       *[other] Troppi PIN sbagliati: riprova tra { $seconds } secondi.
    }

operator-title = Operatore
operator-assisted = Comincia una sessione assistita
operator-close = Chiudi il pannello
operator-leave-kiosk = Esci dal chiosco (manutenzione)
operator-outbox = Richieste in uscita
operator-hand-offs = Da fare sul portale
operator-health = Stato del chiosco
operator-statistics = Statistiche
operator-training = Formazione
operator-attention = Serve il tuo intervento:
operator-export = Esporta il CSV del mese
# Variables: $file (string)
operator-exported = Salvato in { $file }
# Variables: $file (string)
operator-exported-usb = Salvato sulla chiavetta USB: { $file }
# Variables: $file (string)
operator-exported-no-usb = Nessuna chiavetta USB inserita: salvato in { $file }
operator-export-failed = Il CSV non si può salvare: controlla lo spazio sul disco.
operator-refresh = Aggiorna

outbox-empty = Nessuna richiesta in uscita.
outbox-reference = Numero
outbox-service = Servizio
outbox-state = Stato
outbox-age = Da
outbox-attempts = Tentativi
outbox-error = Ultimo errore
outbox-retry = Riprova ora
outbox-cancel = Annulla…
outbox-reprint = Ristampa la ricevuta
outbox-cancel-question = Perché annulli questa richiesta?
outbox-error-unreachable = l'ufficio non risponde
outbox-error-rate-limited = l'ufficio chiede di aspettare
outbox-error-malformed = risposta non valida
outbox-error-unknown-operation = operazione sconosciuta
outbox-error-unreadable-payload = dati illeggibili
outbox-error-refused = rifiutata
# Variables: $code (string)
outbox-error-refused-code = rifiutata ({ $code })
# Variables: $minutes (number)
outbox-minutes =
    { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }

# Variables: $queue (string), $state (string)
health-printer-line = Stampante «{ $queue }»: { $state }
health-printer-ok = pronta
# Variables: $mib (number)
health-disk-line = Spazio libero sul disco: { $mib } MiB
# Variables: $count (number)
health-queue-line = Richieste non ancora consegnate: { $count }
# Variables: $minutes (number)
health-oldest =
    { $minutes ->
        [one] la più vecchia aspetta da { $minutes } minuto
       *[other] la più vecchia aspetta da { $minutes } minuti
    }
# Variables: $address (string)
health-metrics-line = Metriche Prometheus: { $address }
health-metrics-off = Metriche Prometheus: non attive (indirizzo occupato o non valido)
health-speech-ready = Voce: pronta in tutte le lingue
health-speech-checking = Voce: controllo in corso…
# Variables: $languages (string)
health-speech-missing = Voce: mancano le voci per { $languages } (pacchetto espeak-ng)
speech-problem-disabled = Voce: spenta nella configurazione
speech-problem-no-program = Voce: espeak-ng non è installato, il pulsante Ascolta non compare
speech-problem-no-player = Voce: aplay (pacchetto alsa-utils) non è installato, il pulsante Ascolta non compare
# Variables: $detail (string)
speech-problem-no-audio = Voce: il dispositivo audio non si apre ({ $detail }), il pulsante Ascolta non compare
# A service's data (catalogue, flow, portal form) is broken: it is not offered.
# Variables: $service (string), $detail (string)
health-service-disabled = Servizio spento, i suoi dati non sono validi: { $service } ({ $detail })
# The Italian labels on the "continue on the portal" sheet were written from
# the published instructions, not read on the live portal.
# Variables: $services (string)
health-portal-labels-unconfirmed = Etichette del portale da verificare (confrontale con il portale e segna confirmed = true in assets/portals.toml): { $services }
health-agencies = Uffici
# Variables: $agency (string), $state (string)
health-agency-line = { $agency }: { $state }
# Variables: $minutes (number)
health-agency-last =
    { $minutes ->
        [one] ultima risposta { $minutes } minuto fa
       *[other] ultima risposta { $minutes } minuti fa
    }
agency-state-unknown = nessuna chiamata finora
agency-state-up = risponde
agency-state-slow = risponde lentamente
agency-state-down = non risponde
agency-state-circuit-open = invii sospesi dopo troppi errori; riprovo da solo tra poco

# Variables: $count (number)
attention-needs-operator =
    { $count ->
        [one] { $count } richiesta aspetta una tua decisione (Richieste in uscita)
       *[other] { $count } richieste aspettano una tua decisione (Richieste in uscita)
    }
# Variables: $mib (number)
attention-disk = Poco spazio libero sul disco: { $mib } MiB

## The agencies' own names: proper names, the same in every language.
agency-name-comune-arezzo = Comune di Arezzo
agency-name-polizia-di-stato = Polizia di Stato
agency-name-prefettura = Prefettura di Arezzo
agency-name-ministero-istruzione = Ministero dell'Istruzione e del Merito
agency-name-biblioteca-arezzo = Biblioteca Città di Arezzo
agency-name-regione-toscana = Regione Toscana
agency-name-usl-toscana-sud-est = USL Toscana Sud Est

training-off = Il chiosco lavora con gli uffici veri.
training-on = Modalità formazione: tutto va al simulatore, i documenti sono fac-simile, niente è contato. Le richieste vere in uscita continuano a partire.
training-from-config = La formazione è impostata nella configurazione del chiosco (aula di formazione).
training-start = Comincia la formazione
training-stop = Torna al servizio vero
training-failed = La formazione non può partire: il simulatore non si avvia (vedi il registro).
training-faults = Guasti simulati negli uffici
training-faults-hint = Scegli come risponde ogni ufficio, per esercitarti con le giornate difficili.
fault-normal = Normale
fault-slow = Lento
fault-errors = Errori
fault-down = Fuori servizio
health-training = Modalità formazione attiva: niente va agli uffici, niente è contato.

stats-today = Oggi
stats-week = Ultimi 7 giorni
stats-month = Ultimi 30 giorni
stats-service = Servizio
stats-language = Lingua
stats-mode = Modo
stats-started = Iniziati
stats-completed = Completati
stats-rate = Completamento
stats-median = Tempo mediano
stats-gave-up = Dove si lascia
stats-none = Nessun dato in questo periodo.
stats-mode-self = da solo
stats-mode-assisted = assistito

## Hand-offs: applications prepared for a portal that people asked the help
## desk to finish with them.

hand-offs-empty = Nessuna domanda lasciata allo sportello.
hand-off-open = Apri
hand-off-close = Chiudi e cancella dallo schermo
hand-off-answers = Le risposte, con le etichette del portale: inseriscile con la persona, che entra con il suo SPID o la sua CIE.
hand-off-gone = Le risposte di questa domanda non ci sono più (cancellate dopo il periodo di conservazione).
