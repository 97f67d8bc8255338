## The printed documents: receipt, payment notice, forms, sheets, slips.

doc-when = Data e ora
doc-kiosk = Chiosco
# Variables: $phone (string)
doc-help = Per aiuto chiedi allo sportello o telefona al { $phone }.
doc-receipt-title = Ricevuta
doc-service = Servizio
doc-reference = Il numero della tua richiesta. Tienilo: serve per chiedere a che punto è.
doc-appointment = Appuntamento
doc-booking-code = Codice di prenotazione (serve per disdire)
doc-next = Che cosa succede adesso
doc-keep = Conserva questo foglio.

doc-payment-title = Avviso di pagamento pagoPA
doc-payment-creditor = Ente creditore
doc-payment-creditor-code = Codice fiscale dell'ente
doc-payment-subject = Per che cosa paghi
doc-payment-amount = Importo
doc-payment-due = Da pagare entro
doc-payment-notice-number = Codice avviso
doc-payment-how = Puoi pagare con l'app IO, in banca, alla posta, in tabaccheria o in farmacia: fai vedere il codice QR o il codice avviso.
doc-payment-pay-now = Per pagare subito con il telefono, inquadra questo codice: si apre la pagina di pagamento di pagoPA.

doc-certificate-title = Certificato
doc-certificate-number = Numero del certificato
doc-certificate-issued = Rilasciato il
doc-certificate-stamp = Marca da bollo da 16 € (solo se il certificato è in bollo: incollala qui prima di usarlo)

doc-where-title = Dove controllare
doc-where-permit-status = Puoi controllare il permesso sul sito della Polizia di Stato (questure.poliziadistato.it, sezione stranieri) con il numero della ricevuta delle Poste, oppure chiedere alla Questura di Arezzo, Ufficio Immigrazione.
doc-where-citizenship-status = Puoi controllare la domanda sul portale ALI del Ministero dell'Interno (portaleservizi.dlci.interno.it) con SPID o CIE, oppure chiedere alla Prefettura di Arezzo.
doc-where-italian-test-a2 = Puoi vedere il risultato sul portale ALI del Ministero dell'Interno (portaleservizi.dlci.interno.it) con SPID o CIE, oppure chiedere alla Prefettura di Arezzo.
doc-where-online-magazines = Puoi entrare da casa sul sito della biblioteca (toscana.medialibrary.it) con la tessera, oppure chiedere alla Biblioteca Città di Arezzo, via dei Pileati 8.
doc-where-training-courses = Puoi chiedere al Centro per l'Impiego di Arezzo, via Monte Cervino 24, o cercare sul sito della Regione Toscana.
doc-where-job-offers = Puoi cercare sul sito Toscana Lavoro (lavoro.regione.toscana.it) o chiedere al Centro per l'Impiego di Arezzo, via Monte Cervino 24.

doc-form-title = Modulo compilato al chiosco
doc-form-declaration = Dichiaro che i dati scritti sopra sono veri. Porta questo modulo firmato all'ufficio, con un documento d'identità.
doc-form-date = Data
doc-form-signature = Firma
# The declaration above the signatures of a residence declaration (DPR
# 445/2000 artt. 75-76; Min. Interno circ. 9/2012).
doc-form-declaration-dpr-445 = Consapevoli delle responsabilità penali per le dichiarazioni false (artt. 75 e 76 del DPR 445/2000), dichiariamo che i dati scritti sopra sono veri. La dichiarazione vale solo quando l'hanno firmata tutte le persone maggiorenni che si trasferiscono e viene consegnata all'ufficio anagrafe (allo sportello, per raccomandata o per PEC), con una copia del documento d'identità di ciascuno.
doc-yes = Sì
doc-no = No
doc-not-provided = Non indicato

# The receipt of a request stored in the kiosk did not print.
doc-print-failed = La stampante non ha stampato. La tua richiesta è salvata: l'operatore può ristamparti il foglio.
# Any other paper did not print (nothing of it is kept after the session).
doc-print-failed-not-kept = La stampante non ha stampato. Quando è pronta tocca «Stampa di nuovo», oppure chiedi aiuto all'operatore.
printer-paper-out = Nella stampante è finita la carta.
printer-jam = La carta si è inceppata nella stampante.
printer-door-open = Lo sportello della stampante è aperto.
printer-offline = La stampante è spenta o scollegata.
printer-not-answering = La stampante non risponde.
printer-stopped = La coda di stampa è ferma.
printer-other = La stampante segnala un problema.
# Variables: $number (number)
doc-item-number = Persona { $number }

## What a look-up answered (the permit's state), printed.

doc-result-title = Risposta della ricerca
doc-result-checked = Controllato il
doc-result-source = È la risposta della pagina pubblica della Polizia di Stato in quel momento. Per controllare di nuovo, apri questo indirizzo:
