## What the kiosk says happened, by the door the service really reaches
## (its channel in assets/catalogue.toml) and what came of it. The page,
## the receipt and the voice use these words and no others: never claim an
## office received something unless its door answered.
##
## Each message pair: `channel-<channel>-<claim>-title` (a heading) and
## `-status` (one or two sentences).

## comune: the Comune di Arezzo's own services, through its gateway.

channel-comune-sent-title = Inviata al Comune
# Variables: $agency_reference (string)
channel-comune-sent-status = Il sistema del Comune di Arezzo ha ricevuto la richiesta. Numero del Comune: { $agency_reference }.
channel-comune-queued-title = Salvata nel chiosco
channel-comune-queued-status = La richiesta è salvata nel chiosco e parte per il Comune appena il suo sistema risponde. Il Comune non l'ha ancora ricevuta. Non devi fare niente: se c'è un problema, lo sportello ti chiama.

## pagopa: a booking at the agency's gateway, with its ticket paid through pagoPA.

channel-pagopa-sent-title = Prenotazione fatta
# Variables: $agency_reference (string)
channel-pagopa-sent-status = Il CUP dell'Azienda USL ha registrato la prenotazione. Numero del CUP: { $agency_reference }. Se c'è un ticket, si paga con l'avviso pagoPA: in banca, alla posta, in tabaccheria o con l'app.
channel-pagopa-queued-title = Salvata nel chiosco
channel-pagopa-queued-status = La richiesta è salvata nel chiosco e parte per il CUP appena risponde. Non è ancora una prenotazione: se l'orario non c'è più, lo sportello ti chiama.

## The ticket's pagoPA notice, checked with the platform before it is printed.

pagopa-title = Il ticket da pagare (pagoPA)
pagopa-checking = Sto controllando l'avviso di pagamento con pagoPA…
pagopa-amount = Importo
pagopa-due = Da pagare entro
pagopa-state-payable = L'avviso è valido: puoi pagarlo subito con il telefono, oppure con l'avviso stampato in banca, alla posta, in tabaccheria o con l'app IO.
pagopa-state-overdue = La data di scadenza è passata, ma l'avviso si può ancora pagare.
pagopa-state-paid = Questo avviso risulta già pagato: non pagarlo di nuovo.
pagopa-state-expired = Questo avviso è scaduto e non si può più pagare: non lo stampiamo. Chiedi allo sportello del CUP come pagare il ticket.
pagopa-state-invalid = Questo avviso è stato annullato dall'Azienda USL: non lo stampiamo. Chiedi allo sportello del CUP.
pagopa-unknown = pagoPA non conosce questo avviso: non lo stampiamo. Chiedi allo sportello del CUP come pagare il ticket.
pagopa-unreachable = Adesso non riusciamo a controllare l'avviso con pagoPA, quindi non lo stampiamo. La prenotazione resta valida: chiedi allo sportello come pagare il ticket.
pagopa-not-verified = Non siamo riusciti a controllare l'avviso con pagoPA, quindi non lo stampiamo. La prenotazione resta valida: chiedi allo sportello come pagare il ticket.
pagopa-pay-now = Per pagare subito con il telefono, inquadra questo codice: si apre la pagina di pagamento di pagoPA.

## portal: only a portal with the person's own SPID or CIE can finish it.

channel-portal-prepared-title = Pronta per il portale
channel-portal-prepared-status = Non abbiamo inviato niente. Questa domanda si fa solo sul portale, con il tuo SPID o la tua CIE. Sul foglio trovi l'indirizzo, come entrare e le tue risposte: puoi farla a casa, oppure qui con un operatore.
channel-portal-sent-title = Lo sportello ha le tue risposte
# Variables: $agency_reference (string)
channel-portal-sent-status = Lo sportello di aiuto ha ricevuto le tue risposte (numero { $agency_reference }). Un operatore fa la domanda con te sul portale, con il tuo SPID o la tua CIE. L'ufficio non ha ancora ricevuto niente.
channel-portal-queued-title = Salvata per lo sportello
channel-portal-queued-status = Le tue risposte sono salvate nel chiosco e partono per lo sportello di aiuto appena il sistema del Comune risponde. L'ufficio non ha ancora ricevuto niente: la domanda si fa sul portale.

## public-page: a public web page read for the person.

channel-public-page-answered-title = Risposta della pagina della Polizia di Stato
channel-public-page-answered-status = Questo è quello che la pagina pubblica della Polizia di Stato dice adesso per il tuo numero. Il chiosco non ha inviato nessuna domanda.

## catalogue: a list the Comune or the Region publishes.

channel-catalogue-answered-title = Dall'elenco pubblicato
channel-catalogue-answered-status = Queste informazioni vengono dall'elenco che l'ufficio pubblica. Il chiosco non ha inviato nessuna domanda: per iscriverti o candidarti segui la scheda.

## The portals (assets/portals.toml) and the ways to log in.

portal-name-ali = Portale Servizi ALI del Ministero dell'Interno
portal-name-testitaliano = Test di italiano del Ministero dell'Interno
portal-name-unica = Unica, del Ministero dell'Istruzione e del Merito
portal-login-title = Come entrare nel portale
portal-login-spid = Con SPID: scegli il tuo gestore e conferma con la sua app sul telefono.
portal-login-cie-app = Con la CIE e l'app CieID: l'app legge la carta e inquadra il codice QR sullo schermo.
portal-login-cie-reader = Con la CIE sul lettore dello sportello: serve il PIN della carta.
portal-login-cns = Con la Carta Nazionale dei Servizi (tessera sanitaria attivata) e un lettore.
portal-login-eidas = Con un'identità digitale di un altro Paese dell'Unione europea (eIDAS).

## The hand-off to the help desk, offered after the sheet is printed.

# The kiosk keeps the answers as long as any finished request (kiosk-config
# storage.retention_days), then deletes them.
# Variables: $days (number)
portal-hand-off-note = Vuoi farla qui con un operatore? Le tue risposte vanno allo sportello di aiuto del Comune. Il chiosco le cancella { $days ->
        [one] dopo un giorno
       *[other] dopo { $days } giorni
    }.
portal-hand-off = Chiedi allo sportello di farla con me
check-send-portal = Prepara il foglio per il portale
print-portal = Stampa il foglio per il portale

## The "continue on the portal" sheet.

doc-portal-title = Continua sul portale
doc-portal-nothing-sent = Questo foglio non è una domanda: il chiosco non ha inviato niente all'ufficio. La domanda si fa sul portale, con la tua identità digitale.
doc-portal-ready = Cosa tenere pronto
doc-portal-answers = Le tue risposte, con il nome che hanno sul portale
