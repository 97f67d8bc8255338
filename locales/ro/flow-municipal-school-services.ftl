## Municipal school services: assets/flows/municipal-school-services.toml.

flow-municipal-school-services-services = Pentru ce servicii faci cerere?
flow-municipal-school-services-services-hint = Poți alege mai multe.
flow-municipal-school-services-services-nursery = Creșă (asilo nido, de la 3 luni la 3 ani)
flow-municipal-school-services-services-canteen = Cantina școlii (mensa)
flow-municipal-school-services-services-transport = Transport școlar (autobuz școlar)

flow-municipal-school-services-page-transport = Transportul școlar
flow-municipal-school-services-transport_far = Locuiți în afara centrului orașului și la mai mult de 1 km de școală?
flow-municipal-school-services-transport_far-hint = Autobuzul școlar este doar pentru cei care locuiesc departe de școală.
flow-municipal-school-services-transport-too-close = Transportul este doar pentru cei care locuiesc în afara centrului și la mai mult de 1 km de școală. Întoarce-te și scoate transportul sau întreabă operatorul.
flow-municipal-school-services-transport_nearest_school = Copilul merge la școala cea mai apropiată de casă?

flow-municipal-school-services-page-child = Copilul
flow-municipal-school-services-child_surname = Nume de familie
flow-municipal-school-services-child_given_name = Prenume
flow-municipal-school-services-child_birth_date = Data nașterii
flow-municipal-school-services-nursery-age = Creșa este pentru copii până la 3 ani. Pentru un copil mai mare scoate creșa din listă.
flow-municipal-school-services-child_codice_fiscale = Codice fiscale (cod fiscal) al copilului
flow-municipal-school-services-child_codice_fiscale-hint = Dacă copilul nu are codice fiscale, lasă gol.

flow-municipal-school-services-school_name = La ce școală merge?
flow-municipal-school-services-school_name-hint = Numele școlii și clasa, de exemplu „Primaria Pio Borri, 2ª B”.

flow-municipal-school-services-page-diet = Mesele
flow-municipal-school-services-special_diet = Copilul are nevoie de o dietă specială?
flow-municipal-school-services-special_diet-none = Nu
flow-municipal-school-services-special_diet-medical = Da, din motive de sănătate (alergie, intoleranță)
flow-municipal-school-services-special_diet-religious = Da, din motive religioase
flow-municipal-school-services-special_diet-vegetarian = Da, vegetariană
flow-municipal-school-services-diet_details = Ce nu are voie să mănânce?
flow-municipal-school-services-diet_details-hint = Pentru motive de sănătate trebuie și certificatul medicului: du-l la biroul pentru școli (ufficio scuola).

flow-municipal-school-services-page-parent = Părintele care plătește serviciul
flow-municipal-school-services-parent_relationship = Ce ești pentru copil?
flow-municipal-school-services-parent_relationship-mother = Mamă
flow-municipal-school-services-parent_relationship-father = Tată
flow-municipal-school-services-parent_relationship-guardian = Tutore
flow-municipal-school-services-parent_surname = Nume de familie
flow-municipal-school-services-parent_given_name = Prenume
flow-municipal-school-services-parent_codice_fiscale = Codice fiscale al tău

flow-municipal-school-services-page-address = Unde locuiți
flow-municipal-school-services-comune = Comune (localitatea)
flow-municipal-school-services-street = Strada și numărul
flow-municipal-school-services-cap = CAP (cod poștal)

flow-municipal-school-services-page-isee = ISEE
flow-municipal-school-services-has_isee = Ai o adeverință ISEE valabilă?
flow-municipal-school-services-has_isee-hint = Cu un ISEE de până la 13.500 de euro plătești un tarif redus. Fără ISEE se plătește tariful întreg. ISEE se face gratuit la un CAF.
flow-municipal-school-services-isee_value = Valoarea ISEE, în euro

flow-municipal-school-services-page-contacts = Datele tale de contact
flow-municipal-school-services-phone = Telefon
flow-municipal-school-services-email = E-mail

flow-municipal-school-services-what_next = Biroul pentru școli al Comune verifică cererea și publică clasamentele (graduatorie). Îți scrie sau te sună ca să-ți spună dacă copilul este admis și cât costă serviciul.
