## Test di lingua italiana A2: assets/flows/italian-test-a2.toml.

flow-italian-test-a2-purpose = Che cosa vuoi fare?
flow-italian-test-a2-purpose-enrol = Iscrivermi al test
flow-italian-test-a2-purpose-result = Sapere il risultato del test

flow-italian-test-a2-page-result = Il risultato del test
flow-italian-test-a2-application_number = Numero della domanda
flow-italian-test-a2-application_number-hint = È sulla ricevuta dell'iscrizione al test, o nell'e-mail della Prefettura.
flow-italian-test-a2-result_birth_date = La tua data di nascita

flow-italian-test-a2-exemption = Una di queste cose vale per te?
flow-italian-test-a2-exemption-hint = Chi è in uno di questi casi non deve fare il test.
flow-italian-test-a2-exemption-none = No, nessuna
flow-italian-test-a2-exemption-under-14 = Ho meno di 14 anni
flow-italian-test-a2-exemption-italian-school = Ho un diploma di una scuola italiana
flow-italian-test-a2-exemption-cpia-certificate = Ho un certificato di italiano A2 o superiore di un CPIA o di un ente riconosciuto
flow-italian-test-a2-exemption-university = Studio o ho studiato in un'università italiana
flow-italian-test-a2-exemption-disability = Ho una malattia o una disabilità che mi impedisce di imparare la lingua, con certificato medico

flow-italian-test-a2-exempt = Non devi fare il test. Quando chiedi il permesso di lungo periodo, porta il documento che lo dimostra (diploma, certificato o certificato medico). L'operatore può aiutarti.

flow-italian-test-a2-recent_fail = Negli ultimi 90 giorni non hai superato il test, o non ti sei presentato senza un motivo?
flow-italian-test-a2-recent_fail-hint = Dopo un test non superato o un'assenza senza motivo bisogna aspettare 90 giorni prima di iscriversi di nuovo.
flow-italian-test-a2-wait-90-days = Puoi iscriverti di nuovo 90 giorni dopo il test. Torna più avanti, o chiedi all'operatore la data esatta.

flow-italian-test-a2-page-applicant = I tuoi dati
flow-italian-test-a2-surname = Cognome
flow-italian-test-a2-given_name = Nome
flow-italian-test-a2-birth_date = Data di nascita

flow-italian-test-a2-page-origin = Nascita e cittadinanza
flow-italian-test-a2-birth_country = Stato di nascita
flow-italian-test-a2-citizenship = Cittadinanza
flow-italian-test-a2-codice_fiscale = Codice fiscale

flow-italian-test-a2-page-permit = Il tuo permesso di soggiorno
flow-italian-test-a2-permit_type = Che tipo di permesso hai?
flow-italian-test-a2-permit_type-work = Lavoro subordinato
flow-italian-test-a2-permit_type-self-employment = Lavoro autonomo
flow-italian-test-a2-permit_type-family = Motivi familiari
flow-italian-test-a2-permit_type-study = Studio
flow-italian-test-a2-permit_type-other = Altro
flow-italian-test-a2-permit_number = Numero del permesso
flow-italian-test-a2-permit_number-hint = È in alto a destra sulla tessera del permesso.
flow-italian-test-a2-permit_expiry = Data di scadenza del permesso
flow-italian-test-a2-permit_expiry-hint = Se il permesso è scaduto da poco e hai chiesto il rinnovo, scrivi la data della vecchia tessera.

flow-italian-test-a2-page-passport = Il tuo passaporto
flow-italian-test-a2-passport_number = Numero del passaporto
flow-italian-test-a2-passport_expiry = Data di scadenza del passaporto

flow-italian-test-a2-page-address = Dove abiti
flow-italian-test-a2-comune = Comune
flow-italian-test-a2-street = Via e numero civico
flow-italian-test-a2-cap = CAP

flow-italian-test-a2-page-contacts = Come ti chiamano per il test
flow-italian-test-a2-email = E-mail
flow-italian-test-a2-email-hint = La Prefettura manda la convocazione per e-mail: scrivi un indirizzo che leggi ogni giorno.
flow-italian-test-a2-phone = Telefono

flow-italian-test-a2-what_next = Entro 60 giorni la Prefettura ti manda per e-mail la convocazione: giorno, ora e il CPIA dove fare il test. Porta il passaporto e il permesso di soggiorno. Il risultato arriva anche alla Questura.
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-italian-test-a2-portal_ready = Il tuo SPID o la tua CIE con il PIN; il permesso di soggiorno; il passaporto; un indirizzo e-mail che leggi: la convocazione arriva lì.
