## Categories of the home screen.

category-citizen-life = Vita del cittadino
category-education = Istruzione
category-culture = Cultura
category-work-training = Lavoro e formazione
category-health = Salute

## Services: name, then one line under it.

service-certificates = Certificati anagrafici
service-certificates-summary = Chiedi un certificato di residenza, di stato di famiglia o altro e stampalo qui.
service-residence-change = Cambio di residenza
service-residence-change-summary = Dichiara il tuo nuovo indirizzo e chi abita con te.
service-permit-status = Controllo del permesso di soggiorno
service-permit-status-summary = Scopri se il tuo permesso di soggiorno è pronto.
service-family-reunification = Ricongiungimento familiare
service-family-reunification-summary = Verifica reddito e alloggio, poi prepara la domanda per il portale ALI.
service-citizenship-status = Stato della domanda di cittadinanza
service-citizenship-status-summary = Come vedere a che punto è la tua domanda, sul portale ALI.
service-italian-test-a2 = Test di lingua italiana A2
service-italian-test-a2-summary = Prepara l'iscrizione al test, da fare sul portale del Ministero.
service-state-school-enrolment = Iscrizione alla scuola statale
service-state-school-enrolment-summary = Prepara l'iscrizione alla prima classe, da fare sul portale Unica.
service-municipal-school-services = Nido, mensa e trasporto scolastico
service-municipal-school-services-summary = Chiedi al Comune il nido, la mensa o lo scuolabus.
service-online-magazines = Giornali e riviste online
service-online-magazines-summary = Leggi giornali e riviste in molte lingue con la tessera della biblioteca.
service-training-courses = Corsi di formazione
service-training-courses-summary = Cerca un corso in provincia di Arezzo e stampa la scheda.
service-job-offers = Offerte di lavoro
service-job-offers-summary = Cerca le offerte dei Centri per l'impiego e stampa la scheda.
service-health-booking = Prenotazione di visite ed esami
service-health-booking-summary = Prenota con la ricetta elettronica e paga il ticket con pagoPA.
