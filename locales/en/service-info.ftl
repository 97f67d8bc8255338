## Per-service information sheets ("print this info"): what you need,
## what it costs, where and when. Facts from the design notes (DOMAIN.md).

info-need = What you need
info-cost = How much it costs
info-where = Where and when

info-certificates-need = The codice fiscale (tax code) of the person on the certificate. For a certificate with a stamp, a marca da bollo (revenue stamp) of 16 euro.
info-certificates-cost = The online certificate is free. With a stamp it costs 16 euro (marca da bollo); birth and marriage certificates never need a stamp.
info-certificates-where = At once, here at the kiosk or on the ANPR portal. The certificate is valid for 6 months and is not given to public offices: for them your own declaration (autocertificazione) is enough.

info-residence-change-need = An identity document for each person who is moving, the residence permit (or the Poste receipt) for anyone who is not an EU citizen, the registered rental contract or the document that gives you the right to live in the home.
info-residence-change-cost = Free.
info-residence-change-where = Within 20 days of moving. The Comune registers the declaration within 2 working days; the Polizia Municipale (local police) may check within 45 days. Ufficio Anagrafe of the Comune di Arezzo, Piazza Amintore Fanfani.

info-permit-status-need = The application number (10 characters) or the "numero assicurata" (12 digits) on the Poste receipt.
info-permit-status-cost = Free.
info-permit-status-where = At any time, here or on the Polizia di Stato website (the public page that the kiosk reads). When the permit is ready, the Questura sends you an SMS with the day and the place to collect it.

info-family-reunification-need = A residence permit for at least one year, your income for the last year (Certificazione Unica or tax return), the housing contract and the Comune's housing suitability certificate (idoneità alloggiativa), your family members' documents.
# Source: Prefetture's immigration FAQ (e.g. Reggio Emilia, read 2026-12):
# one 16 € marca da bollo per application.
info-family-reunification-cost = The application requires a marca da bollo (revenue stamp) of 16 euro; you enter its details on the portal. The housing suitability certificate and the translations of documents cost money.
info-family-reunification-where = The application is made on the ALI portal of the Ministero dell'Interno, with your SPID or your CIE: here you prepare it, and if you want, an operator will make it with you. It goes to the Sportello Unico per l'Immigrazione of the Prefettura di Arezzo; then your family member asks the Italian consulate for a visa.

info-citizenship-status-need = The application number (K10…) and your date of birth.
info-citizenship-status-cost = Free.
info-citizenship-status-where = You can see the status of the application only on the ALI portal of the Ministero dell'Interno, logging in with your SPID or your CIE: here you prepare the sheet, and if you want, an operator will open the portal with you. By law, the decision is due within 24 months, which can be extended up to 36.

info-italian-test-a2-need = Your residence permit, passport, codice fiscale (tax code) and an e-mail address that you read every day.
info-italian-test-a2-cost = Free.
info-italian-test-a2-where = The application is made on the website testitaliano.interno.it, with your SPID or your CIE: here you prepare it, and if you want, an operator will make it with you. The invitation arrives by e-mail within 60 days; the test takes place at a CPIA (adult school). If you do not pass, you can sign up again after 90 days.

info-state-school-enrolment-need = The child's and the parents' details, the code of the school you choose (10 characters, for Arezzo it starts with AR) and an e-mail address.
info-state-school-enrolment-cost = Free.
info-state-school-enrolment-where = Enrolment is done on the Ministry's Unica platform, with your SPID or your CIE, every year between January and February: here you prepare it, and if you want, an operator will do it with you. Outside this period, take the form to the school office.

info-municipal-school-services-need = The details of the child and of the parent who pays, the codice fiscale (tax code), the name of the school and, if you have it, the ISEE certificate (attestazione ISEE).
info-municipal-school-services-cost = The application is free. You pay for the service according to your ISEE: up to 13.500 euro the fee is lower.
info-municipal-school-services-where = School office of the Comune di Arezzo (Sportello Unico, Piazza Amintore Fanfani), in the enrolment periods set by the Comune.

info-online-magazines-need = A library card from a library in Tuscany.
info-online-magazines-cost = Free.
info-online-magazines-where = At any time, from your phone or computer with MLOL, or at the library. You can get the card free at the Biblioteca Città di Arezzo, via dei Pileati 8.

info-training-courses-need = An identity document and your residence permit. For vouchers and grants, registration at the Centro per l'Impiego (job centre).
info-training-courses-cost = Many courses are free; the course sheet shows the cost.
info-training-courses-where = At the training agency written on the sheet, before the deadline. Information at the Centro per l'Impiego in Arezzo, via Monte Cervino 24.

info-job-offers-need = Your CV, an identity document and your residence permit.
info-job-offers-cost = Free.
info-job-offers-where = At the Centro per l'Impiego (job centre) written on the offer (Arezzo, San Giovanni Valdarno, Sestino, Civitella), before the closing date.

info-health-booking-need = The electronic prescription (the NRE number) and the tessera sanitaria (health card), or the STP code if you do not have a residence permit.
info-health-booking-cost = You pay the ticket with pagoPA, unless you have an exemption written on the prescription.
info-health-booking-where = Hospitals and health centres of the USL Toscana Sud Est. To cancel, phone the CUP with the booking code.
