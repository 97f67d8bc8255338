## Reîntregirea familiei: assets/flows/family-reunification.toml.

flow-family-reunification-page-permit = Permisul tău de ședere (permesso di soggiorno)
flow-family-reunification-permit_type = Ce fel de permis ai?
flow-family-reunification-permit_type-work = Muncă salariată
flow-family-reunification-permit_type-self-employment = Muncă independentă
flow-family-reunification-permit_type-family = Motive familiale
flow-family-reunification-permit_type-long-term = Rezident pe termen lung UE
flow-family-reunification-permit_type-study = Studii
flow-family-reunification-permit_type-asylum = Azil sau protecție subsidiară
flow-family-reunification-permit_type-other = Altul
flow-family-reunification-permit_one_year = Permisul tău este valabil cel puțin un an?
flow-family-reunification-permit_one_year-hint = Uită-te la data eliberării și la data expirării de pe permis.
flow-family-reunification-permit-too-short = Pentru reîntregirea familiei ai nevoie de un permis de cel puțin un an. Întreabă operatorul ce alte posibilități există.

flow-family-reunification-family-add-another = Vrei să adaugi încă un membru al familiei?
flow-family-reunification-page-member = Membrul familiei pe care vrei să-l aduci în Italia
flow-family-reunification-relationship = Cine este pentru tine?
flow-family-reunification-relationship-spouse = Soț sau soție
flow-family-reunification-relationship-minor-child = Fiu sau fiică minor(ă)
flow-family-reunification-relationship-adult-child-disabled = Fiu sau fiică major(ă) cu invaliditate totală
flow-family-reunification-relationship-parent = Părinte aflat în întreținere
flow-family-reunification-member_surname = Nume
flow-family-reunification-member_given_name = Prenume
flow-family-reunification-member_birth_date = Data nașterii
flow-family-reunification-member_country = Țara în care locuiește acum
flow-family-reunification-member_country-hint = Viza se cere la consulatul Italiei din acea țară.
flow-family-reunification-age-does-not-fit = Vârsta nu se potrivește: soțul sau soția trebuie să aibă cel puțin 18 ani, un copil minor sub 18.

flow-family-reunification-annual_income = Venitul tău din ultimul an, în euro
flow-family-reunification-annual_income-hint = Totalul brut din Certificazione Unica sau din declarația de venit. Poți adăuga venitul membrilor familiei care locuiesc cu tine.
flow-family-reunification-income-too-low = Pentru acest număr de membri ai familiei ai nevoie de un venit de cel puțin { NUMBER($income_threshold, minimumFractionDigits: 2) } euro pe an. Întreabă operatorul: uneori se poate adăuga venitul altor membri ai familiei.

flow-family-reunification-page-housing = Locuința în care veți locui
flow-family-reunification-dwelling_area = Câți metri pătrați are locuința?
flow-family-reunification-dwelling_area-hint = Este scris în contractul de închiriere sau pe planul locuinței.
flow-family-reunification-housing-too-small = Pentru toate persoanele care vor locui acolo sunt necesari cel puțin { NUMBER($housing_minimum, maximumFractionDigits: 0) } metri pătrați.
flow-family-reunification-housing_certificate = Ai certificatul de conformitate a locuinței (idoneità alloggiativa) de la Comune?
flow-family-reunification-housing_certificate-hint = Dacă nu îl ai încă, cere-l la biroul pentru locuințe al Comune (primăria): cererea are nevoie de el.

flow-family-reunification-page-applicant = Datele tale
flow-family-reunification-surname = Nume
flow-family-reunification-given_name = Prenume
flow-family-reunification-codice_fiscale = Cod fiscal (codice fiscale)

flow-family-reunification-page-contacts = Cum te contactăm
flow-family-reunification-phone = Număr de telefon
flow-family-reunification-email = E-mail (dacă ai)

flow-family-reunification-what_next = Cererea ajunge la Sportello Unico per l'Immigrazione de la Prefettura, care cere avizul Questurii. Autorizația (nulla osta) vine în cel mult 90 de zile. Apoi membrul familiei cere viza la consulatul Italiei; în 8 zile de la sosirea în Italia trebuie să mergeți împreună la Sportello Unico.
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-family-reunification-portal_ready = SPID-ul tău, sau CIE-ul tău cu PIN-ul; permisul de ședere; pașaportul tău și pașapoartele membrilor familiei; contractul de închiriere sau actul de proprietate al locuinței și certificatul de conformitate a locuinței (idoneità alloggiativa) de la Comune; venitul din ultimul an (Certificazione Unica sau declarația de venit); datele unui timbru fiscal (marca da bollo) de 16 euro.
