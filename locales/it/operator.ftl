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
operator-health = Stato del chiosco
operator-statistics = Statistiche
operator-export = Esporta il CSV del mese
# Variables: $file (string)
operator-exported = Salvato in { $file }
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
# Variables: $minutes (number)
outbox-minutes =
    { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }

health-printer = Stampante
health-printer-ok = pronta
health-disk = Spazio libero sul disco
health-queue = Richieste non ancora consegnate
# Variables: $minutes (number)
health-oldest =
    { $minutes ->
        [one] la più vecchia aspetta da { $minutes } minuto
       *[other] la più vecchia aspetta da { $minutes } minuti
    }
health-metrics = Metriche Prometheus
health-metrics-off = non attive (indirizzo occupato o non valido)
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
