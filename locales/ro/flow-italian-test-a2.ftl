## Italian language test A2: assets/flows/italian-test-a2.toml.

flow-italian-test-a2-purpose = Ce vrei să faci?
flow-italian-test-a2-purpose-enrol = Să mă înscriu la test
flow-italian-test-a2-purpose-result = Să aflu rezultatul testului

flow-italian-test-a2-page-result = Rezultatul testului
flow-italian-test-a2-application_number = Numărul cererii
flow-italian-test-a2-application_number-hint = Este pe chitanța de înscriere la test sau în e-mailul de la Prefettura.
flow-italian-test-a2-result_birth_date = Data ta de naștere

flow-italian-test-a2-exemption = Ți se potrivește unul dintre aceste cazuri?
flow-italian-test-a2-exemption-hint = Cine este în unul dintre aceste cazuri nu trebuie să dea testul.
flow-italian-test-a2-exemption-none = Nu, niciunul
flow-italian-test-a2-exemption-under-14 = Am sub 14 ani
flow-italian-test-a2-exemption-italian-school = Am o diplomă de la o școală italiană
flow-italian-test-a2-exemption-cpia-certificate = Am un certificat de italiană A2 sau mai mare de la un CPIA (centru public pentru educația adulților) sau de la o instituție recunoscută
flow-italian-test-a2-exemption-university = Studiez sau am studiat la o universitate italiană
flow-italian-test-a2-exemption-disability = Am o boală sau o dizabilitate care mă împiedică să învăț limba, cu certificat medical

flow-italian-test-a2-exempt = Nu trebuie să dai testul. Când ceri permisul de lungă durată, adu documentul care dovedește asta (diplomă, certificat sau certificat medical). Operatorul te poate ajuta.

flow-italian-test-a2-recent_fail = În ultimele 90 de zile ai picat testul sau nu te-ai prezentat fără un motiv?
flow-italian-test-a2-recent_fail-hint = După un test picat sau o absență fără motiv trebuie să aștepți 90 de zile înainte să te înscrii din nou.
flow-italian-test-a2-wait-90-days = Te poți înscrie din nou la 90 de zile după test. Revino mai târziu sau întreabă operatorul data exactă.

flow-italian-test-a2-page-applicant = Datele tale
flow-italian-test-a2-surname = Nume de familie
flow-italian-test-a2-given_name = Prenume
flow-italian-test-a2-birth_date = Data nașterii

flow-italian-test-a2-page-origin = Nașterea și cetățenia
flow-italian-test-a2-birth_country = Țara de naștere
flow-italian-test-a2-citizenship = Cetățenia
flow-italian-test-a2-codice_fiscale = Codice fiscale (cod fiscal)

flow-italian-test-a2-page-permit = Permisul tău de ședere
flow-italian-test-a2-permit_type = Ce fel de permis ai?
flow-italian-test-a2-permit_type-work = Muncă salariată
flow-italian-test-a2-permit_type-self-employment = Muncă pe cont propriu
flow-italian-test-a2-permit_type-family = Motive familiale
flow-italian-test-a2-permit_type-study = Studii
flow-italian-test-a2-permit_type-other = Altceva
flow-italian-test-a2-permit_number = Numărul permisului
flow-italian-test-a2-permit_number-hint = Este sus, în dreapta, pe cardul permisului.
flow-italian-test-a2-permit_expiry = Data de expirare a permisului
flow-italian-test-a2-permit_expiry-hint = Dacă permisul a expirat de curând și ai cerut reînnoirea, scrie data de pe cardul vechi.

flow-italian-test-a2-page-passport = Pașaportul tău
flow-italian-test-a2-passport_number = Numărul pașaportului
flow-italian-test-a2-passport_expiry = Data de expirare a pașaportului

flow-italian-test-a2-page-address = Unde locuiești
flow-italian-test-a2-comune = Comune (localitatea)
flow-italian-test-a2-street = Strada și numărul
flow-italian-test-a2-cap = CAP (cod poștal)

flow-italian-test-a2-page-contacts = Cum ești chemat la test
flow-italian-test-a2-email = E-mail
flow-italian-test-a2-email-hint = Prefettura trimite convocarea prin e-mail: scrie o adresă pe care o citești în fiecare zi.
flow-italian-test-a2-phone = Telefon

flow-italian-test-a2-what_next = În cel mult 60 de zile Prefettura îți trimite prin e-mail convocarea: ziua, ora și CPIA-ul unde dai testul. Adu pașaportul și permisul de ședere. Rezultatul ajunge și la Questura.
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-italian-test-a2-portal_ready = SPID-ul tău, sau CIE-ul tău cu PIN-ul; permisul de ședere; pașaportul; o adresă de e-mail pe care o citești: convocarea vine acolo.
