## Regjistrimi në shkollat shtetërore: assets/flows/state-school-enrolment.toml.

flow-state-school-enrolment-window_closed = Regjistrimet on-line janë mbyllur: bëhen çdo vit midis janarit dhe shkurtit. Megjithatë mund ta përgatitësh kërkesën këtu: e shtypim dhe ti e çon në sekretarinë e shkollës, që pranon regjistrime edhe pas afatit.

flow-state-school-enrolment-school_level = Në cilën shkollë do ta regjistrosh djalin ose vajzën tënde?
flow-state-school-enrolment-school_level-hint = Vetëm klasa e parë. Për kopshtin (scuola dell'infanzia) përdoret një formular letre i shkollës.
flow-state-school-enrolment-school_level-primary = Scuola primaria (shkolla fillore), klasa e parë
flow-state-school-enrolment-school_level-lower-secondary = Scuola secondaria di primo grado (shkolla e mesme e ulët, "media"), klasa e parë
flow-state-school-enrolment-school_level-upper-secondary = Scuola secondaria di secondo grado (shkolla e mesme e lartë, "superiore"), klasa e parë
flow-state-school-enrolment-school_level-vocational = Kurs i formimit profesional i Rajonit (CFP)

flow-state-school-enrolment-page-pupil = Fëmija që do të regjistrohet
flow-state-school-enrolment-pupil_surname = Mbiemri
flow-state-school-enrolment-pupil_given_name = Emri
flow-state-school-enrolment-pupil_sex = Gjinia
flow-state-school-enrolment-pupil_sex-female = Femër
flow-state-school-enrolment-pupil_sex-male = Mashkull
flow-state-school-enrolment-pupil_birth_date = Data e lindjes
flow-state-school-enrolment-too-old-for-primary = Për klasën e parë të shkollës fillore fëmija duhet të jetë 5 ose 6 vjeç. Për një fëmijë më të madh fol me shkollën.

flow-state-school-enrolment-page-pupil-origin = Lindja dhe dokumentet e fëmijës
flow-state-school-enrolment-pupil_birth_country = Shteti i lindjes
flow-state-school-enrolment-pupil_citizenship = Shtetësia
flow-state-school-enrolment-pupil_has_cf = A e ka fëmija codice fiscale (kodin tatimor)?
flow-state-school-enrolment-pupil_has_cf-hint = Edhe pa codice fiscale dhe pa dokumente fëmija ka të drejtë të shkojë në shkollë: shkolla të ndihmon.
flow-state-school-enrolment-pupil_codice_fiscale = Codice fiscale i fëmijës

flow-state-school-enrolment-page-parent = Prindi që bën kërkesën
flow-state-school-enrolment-parent_relationship = Kush je për fëmijën?
flow-state-school-enrolment-parent_relationship-mother = Nëna
flow-state-school-enrolment-parent_relationship-father = Babai
flow-state-school-enrolment-parent_relationship-guardian = Kujdestari ligjor
flow-state-school-enrolment-parent_surname = Mbiemri
flow-state-school-enrolment-parent_given_name = Emri
flow-state-school-enrolment-parent_codice_fiscale = Codice fiscale yt
flow-state-school-enrolment-parent_codice_fiscale-hint = Nëse nuk ke codice fiscale, lëre bosh: shkolla të ndihmon ta plotësosh kërkesën.

flow-state-school-enrolment-page-address = Ku banon fëmija
flow-state-school-enrolment-comune = Comune (bashkia)
flow-state-school-enrolment-street = Rruga dhe numri
flow-state-school-enrolment-cap = CAP (kodi postar)

flow-state-school-enrolment-page-contacts = Si të shkruan shkolla
flow-state-school-enrolment-email = E-mail
flow-state-school-enrolment-email-hint = Lajmet për kërkesën vijnë me e-mail dhe në app IO.
flow-state-school-enrolment-phone = Telefoni

flow-state-school-enrolment-page-schools = Shkollat që zgjedh
flow-state-school-enrolment-first_choice = Kodi i shkollës që preferon
flow-state-school-enrolment-first_choice-hint = Kodi ka 10 karaktere dhe për Arezzo fillon me AR, për shembull ARIC82100X. E gjen te "Scuola in Chiaro" ose e pyet operatorin.
flow-state-school-enrolment-second_choice = Zgjedhja e dytë (nëse do)
flow-state-school-enrolment-third_choice = Zgjedhja e tretë (nëse do)
flow-state-school-enrolment-same-school-twice = Këtë shkollë e ke zgjedhur tashmë: shkruaj një shkollë tjetër ose lëre bosh.

flow-state-school-enrolment-religion_teaching = Do që fëmija yt të bëjë orën e fesë katolike?
flow-state-school-enrolment-religion_teaching-hint = Nëse përgjigjesh jo, midis fundit të majit dhe fillimit të korrikut zgjedh me shkollën një aktivitet tjetër.
flow-state-school-enrolment-religion_teaching-yes = Po
flow-state-school-enrolment-religion_teaching-no = Jo, një aktivitet alternativ

flow-state-school-enrolment-what_next = Shkolla e shqyrton kërkesën dhe të shkruan me e-mail nëse fëmija pranohet në shkollën që zgjodhe ose në një tjetër. Mbaje dëftesën: aty është numri i kërkesës.
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-state-school-enrolment-portal_ready = SPID-i yt, ose CIE-ja jote me PIN-in; codice fiscale yt dhe i fëmijës; kodi i shkollës që zgjodhe (codice meccanografico, në faqen e shkollës ose në Scuola in Chiaro).
