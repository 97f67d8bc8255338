## State school enrolment: assets/flows/state-school-enrolment.toml.

flow-state-school-enrolment-window_closed = Înscrierile online sunt închise: se fac în fiecare an între ianuarie și februarie. Poți totuși pregăti aici cererea: o tipărim și o duci la secretariatul școlii, care acceptă înscrieri după termen.

flow-state-school-enrolment-school_level = La ce școală vrei să-ți înscrii copilul?
flow-state-school-enrolment-school_level-hint = Doar clasa întâi. Pentru grădiniță se folosește un formular pe hârtie de la școală.
flow-state-school-enrolment-school_level-primary = Scuola primaria (școala primară), clasa întâi
flow-state-school-enrolment-school_level-lower-secondary = Scuola secondaria di primo grado (gimnaziu), clasa întâi
flow-state-school-enrolment-school_level-upper-secondary = Scuola secondaria di secondo grado (liceu), clasa întâi
flow-state-school-enrolment-school_level-vocational = Curs de formare profesională al Regiunii (CFP)

flow-state-school-enrolment-page-pupil = Copilul pe care îl înscrii
flow-state-school-enrolment-pupil_surname = Nume de familie
flow-state-school-enrolment-pupil_given_name = Prenume
flow-state-school-enrolment-pupil_sex = Sex
flow-state-school-enrolment-pupil_sex-female = Feminin
flow-state-school-enrolment-pupil_sex-male = Masculin
flow-state-school-enrolment-pupil_birth_date = Data nașterii
flow-state-school-enrolment-too-old-for-primary = Pentru clasa întâi a școlii primare copilul trebuie să aibă 5 sau 6 ani. Pentru un copil mai mare vorbește cu școala.

flow-state-school-enrolment-page-pupil-origin = Nașterea și actele copilului
flow-state-school-enrolment-pupil_birth_country = Țara de naștere
flow-state-school-enrolment-pupil_citizenship = Cetățenia
flow-state-school-enrolment-pupil_has_cf = Copilul are codice fiscale (cod fiscal)?
flow-state-school-enrolment-pupil_has_cf-hint = Chiar și fără codice fiscale și fără acte, copilul are dreptul să meargă la școală: școala te ajută.
flow-state-school-enrolment-pupil_codice_fiscale = Codice fiscale al copilului

flow-state-school-enrolment-page-parent = Părintele care face cererea
flow-state-school-enrolment-parent_relationship = Ce ești pentru copil?
flow-state-school-enrolment-parent_relationship-mother = Mamă
flow-state-school-enrolment-parent_relationship-father = Tată
flow-state-school-enrolment-parent_relationship-guardian = Tutore
flow-state-school-enrolment-parent_surname = Nume de familie
flow-state-school-enrolment-parent_given_name = Prenume
flow-state-school-enrolment-parent_codice_fiscale = Codice fiscale al tău
flow-state-school-enrolment-parent_codice_fiscale-hint = Dacă nu ai codice fiscale, lasă gol: școala te ajută să completezi cererea.

flow-state-school-enrolment-page-address = Unde locuiește copilul
flow-state-school-enrolment-comune = Comune (localitatea)
flow-state-school-enrolment-street = Strada și numărul
flow-state-school-enrolment-cap = CAP (cod poștal)

flow-state-school-enrolment-page-contacts = Cum îți scrie școala
flow-state-school-enrolment-email = E-mail
flow-state-school-enrolment-email-hint = Veștile despre cerere vin prin e-mail și în app IO.
flow-state-school-enrolment-phone = Telefon

flow-state-school-enrolment-page-schools = Școlile pe care le alegi
flow-state-school-enrolment-first_choice = Codul școlii pe care o preferi
flow-state-school-enrolment-first_choice-hint = Codul are 10 caractere și pentru Arezzo începe cu AR, de exemplu ARIC82100X. Îl găsești pe „Scuola in Chiaro” sau îl ceri operatorului.
flow-state-school-enrolment-second_choice = A doua alegere (dacă vrei)
flow-state-school-enrolment-third_choice = A treia alegere (dacă vrei)
flow-state-school-enrolment-same-school-twice = Ai ales deja această școală: scrie altă școală sau lasă gol.

flow-state-school-enrolment-religion_teaching = Vrei ca copilul tău să facă ora de religie catolică?
flow-state-school-enrolment-religion_teaching-hint = Dacă răspunzi nu, între sfârșitul lui mai și începutul lui iulie alegi cu școala o altă activitate.
flow-state-school-enrolment-religion_teaching-yes = Da
flow-state-school-enrolment-religion_teaching-no = Nu, o altă activitate

flow-state-school-enrolment-what_next = Școala verifică cererea și îți scrie prin e-mail dacă copilul este primit la școala pe care ai ales-o sau la alta. Păstrează chitanța: pe ea este numărul cererii.
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-state-school-enrolment-portal_ready = SPID-ul tău, sau CIE-ul tău cu PIN-ul; codice fiscale al tău și al copilului; codul școlii alese (codice meccanografico, pe site-ul școlii sau pe Scuola in Chiaro).
