## The pages of a session: the bar on every page, the questions, the check
## page, sending, the confirmation, look-up results, printing, the idle
## warning and the on-screen keyboard. Short words: they go on buttons.

## The bar at the top of every page.

training-ribbon = FORMAZIONE — prova: niente viene inviato agli uffici, i fogli sono fac-simile.

bar-call-operator = Chiama un operatore
# Shown only when the help desk's device confirmed it received the call.
bar-operator-called = Abbiamo avvisato lo sportello: un operatore viene appena può. Resta qui.
bar-operator-calling = Sto avvisando lo sportello…
# The call could not be sent (no notification set up, or it failed): say so.
bar-operator-go-to-desk = Non riesco ad avvisare lo sportello da qui. Vai allo sportello o alza la mano: un operatore ti aiuta.
bar-operator-cancel = Annulla la chiamata
bar-text-size = Testo più grande
bar-text-size-reset = Testo normale
bar-contrast-high = Contrasto alto
bar-contrast-normal = Contrasto normale
bar-listen = Ascolta
bar-listen-stop = Ferma la voce
bar-auto-read-on = Leggi ogni pagina
bar-auto-read-off = Smetti di leggere
# Read aloud instead of the reference number when the sound is on a loudspeaker.
speech-reference-not-read = Il numero della domanda è sullo schermo e sulla ricevuta. Non lo leggo ad alta voce, per la tua riservatezza.

## Service introduction.

intro-start = Comincia
intro-print = Stampa queste informazioni

## Question pages.

# Variables: $current (number), $total (number)
wizard-progress = Domanda { $current } di { $total }
wizard-continue = Continua
wizard-back = Indietro
wizard-leave = Esci
wizard-leave-question = Vuoi uscire da questo servizio? Le risposte che hai dato saranno cancellate.
wizard-leave-yes = Sì, esci
wizard-leave-no = No, resta
wizard-optional = (se vuoi)
wizard-yes = Sì
wizard-no = No
wizard-choose-many = Puoi toccare più di una risposta.
wizard-type-here = Tocca qui per scrivere
wizard-suggestions = Tocca il nome giusto:
wizard-no-suggestion = Nessun nome trovato: controlla le prime lettere.
wizard-asking = Sto chiedendo all'ufficio…
wizard-try-again = Riprova
# Variables: $number (number)
wizard-person = Persona { $number }
wizard-add-another-yes = Sì, aggiungi una persona
wizard-add-another-no = No, vai avanti
wizard-ended-finish = Ho finito
wizard-ended-services = Torna ai servizi

## The error summary at the top of a page (GOV.UK pattern).

error-summary-title = C'è un problema
error-summary-hint = Correggi quello che è segnato in rosso. Quello che hai scritto è ancora lì.
# Variables: $field (string), $problem (string)
error-summary-item = { $field }: { $problem }

## Check your answers.

check-title = Controlla le tue risposte
check-hint = Se qualcosa non va, tocca «Cambia».
check-change = Cambia
check-not-provided = Non indicato
check-send-application = Invia la richiesta
check-send-status = Controlla adesso
check-send-item = Mostra la scheda

## Sending and waiting.

sending-title = Sto inviando la richiesta…
asking-title = Sto chiedendo all'ufficio…
# Variables: $seconds (number)
sending-elapsed =
    { $seconds ->
        [one] È passato { $seconds } secondo.
       *[other] Sono passati { $seconds } secondi.
    }
sending-saved = La richiesta è già salvata nel chiosco: non si perde.
sending-continue = Non aspettare: continua
asking-cancel = Annulla

## Confirmation.

confirm-reference = Il numero della tua richiesta
confirm-keep = Tieni la ricevuta: con questo numero puoi chiedere a che punto è.
confirm-finish = Ho finito
confirm-home = Un altro servizio

## Results of a look-up.

result-not-answered = Non abbiamo una risposta

## Printing.

print-receipt = Stampa la ricevuta
print-form = Stampa il modulo da firmare
print-payment = Stampa l'avviso di pagamento
print-certificate = Stampa il certificato
print-item = Stampa la scheda
print-where = Stampa dove controllare
print-again = Stampa di nuovo
print-printing = Sto stampando…
print-done = Stampato: prendi il foglio dalla stampante.

## The idle warning.

idle-title = Ci sei ancora?
# Variables: $seconds (number)
idle-countdown =
    { $seconds ->
        [one] Tra { $seconds } secondo cancello tutto e torno all'inizio.
       *[other] Tra { $seconds } secondi cancello tutto e torno all'inizio.
    }
idle-continue = Sì, continuo

## The on-screen keyboard.

keyboard-space = spazio
keyboard-delete = Cancella
keyboard-clear = Svuota
keyboard-capitals = Maiuscole
keyboard-other-letters = Altre lettere
keyboard-hide = Chiudi la tastiera

## Results: a title for each outcome.

result-refused = L'ufficio non ha accettato la richiesta
result-not-found = Nessun risultato con questi dati
print-result = Stampa la risposta

## Formats told before typing; a page that only tells something.

wizard-format-date = Giorno, mese e anno in cifre: per esempio 15/03/1990.
wizard-format-name = In lettere latine, come nel passaporto.
wizard-note-title = Da sapere

## Before "I have finished" when a paper did not print.

papers-title = Hai preso i tuoi fogli?
papers-not-printed = Un foglio non è stato stampato.
papers-what-now = Puoi stamparlo di nuovo, oppure chiedere aiuto allo sportello. Se finisci adesso, questa pagina si chiude.
papers-finish-anyway = Finisci senza il foglio
papers-back = Torna alla pagina

## Days of the week (slots are listed by day), Monday first.

weekday-1 = Lunedì
weekday-2 = Martedì
weekday-3 = Mercoledì
weekday-4 = Giovedì
weekday-5 = Venerdì
weekday-6 = Sabato
weekday-7 = Domenica
