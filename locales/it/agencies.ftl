## What the offices answer: refusals, states of applications, item cards.
## The codes come from the agency contracts (docs/contracts).

agency-not-available = Il servizio dell'ufficio non risponde in questo momento. Non hai perso niente: riprova più tardi o chiedi all'operatore.
agency-where-else = Puoi controllare anche da solo, sul sito dell'ufficio, o chiedere allo sportello. L'operatore può stamparti un foglio con gli indirizzi.
agency-problem-other = L'ufficio non ha potuto accettare la richiesta così com'è. Chiedi all'operatore.
agency-problem-no-such-reference = L'ufficio non trova nessuna pratica con questo numero e questa data di nascita. Controlla il numero sulla ricevuta.
agency-problem-card-not-valid = La biblioteca non riconosce la tessera: controlla il numero e il cognome, o chiedi in biblioteca.
agency-problem-slot-taken = Questo posto è appena stato preso da un'altra persona. Scegli un altro giorno o un'altra ora.
agency-problem-prescription-not-found = Il CUP non trova questa ricetta. Controlla il numero (NRE) sulla ricetta, o chiedi all'operatore.
agency-problem-prescription-used = Questa ricetta è già stata usata per una prenotazione.
agency-problem-already-applied = L'ufficio ha già una domanda uguale a questa.

## The three answers of the Polizia di Stato's public page
## (questure.poliziadistato.it/stranieri), and what the kiosk says when it
## cannot read the page.
status-permit-status-ready = Il permesso di soggiorno è pronto. La Questura ti manda un SMS con il giorno e il posto per ritirarlo.
status-permit-status-in-progress = Il permesso di soggiorno è in lavorazione: non è ancora pronto. Controlla di nuovo tra qualche giorno.
status-permit-status-not-in-archive = Questo numero non è nell'archivio della Polizia di Stato. Controlla il numero sulla ricevuta. Se è giusto, la domanda forse non è ancora arrivata: riprova tra qualche giorno o chiedi all'operatore.
permit-page-unreadable = Non siamo riusciti a leggere la risposta della pagina della Polizia di Stato. Apri la pagina con l'operatore, o sul tuo telefono con questo codice QR, e scrivi il tuo numero.



item-provider = Ente che organizza
item-place = Luogo
item-hours = Ore
item-certificate = Attestato
item-requirements = Requisiti
item-cost = Costo
item-starts-on = Inizio
item-deadline = Scadenza
item-contact = Contatti
item-posts = Posti
item-contract = Contratto
item-language = Lingua
item-how-to-read = Come leggerlo
