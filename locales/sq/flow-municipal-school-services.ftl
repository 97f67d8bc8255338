## Shërbimet shkollore të bashkisë: assets/flows/municipal-school-services.toml.

flow-municipal-school-services-services = Për cilat shërbime bën kërkesë?
flow-municipal-school-services-services-hint = Mund të zgjedhësh më shumë se një.
flow-municipal-school-services-services-nursery = Çerdhe (asilo nido, nga 3 muaj deri në 3 vjeç)
flow-municipal-school-services-services-canteen = Mensa e shkollës
flow-municipal-school-services-services-transport = Transporti shkollor (autobusi i shkollës)

flow-municipal-school-services-page-transport = Transporti shkollor
flow-municipal-school-services-transport_far = A banoni jashtë qendrës së qytetit dhe më shumë se 1 km larg shkollës?
flow-municipal-school-services-transport_far-hint = Autobusi i shkollës është vetëm për ata që banojnë larg shkollës.
flow-municipal-school-services-transport-too-close = Transporti është vetëm për ata që banojnë jashtë qendrës dhe më shumë se 1 km larg shkollës. Kthehu pas dhe hiqe transportin, ose pyet operatorin.
flow-municipal-school-services-transport_nearest_school = A shkon fëmija në shkollën më të afërt me shtëpinë?

flow-municipal-school-services-page-child = Fëmija
flow-municipal-school-services-child_surname = Mbiemri
flow-municipal-school-services-child_given_name = Emri
flow-municipal-school-services-child_birth_date = Data e lindjes
flow-municipal-school-services-nursery-age = Çerdhja është për fëmijë deri në 3 vjeç. Për një fëmijë më të madh hiqe çerdhen nga zgjedhja.
flow-municipal-school-services-child_codice_fiscale = Codice fiscale (kodi tatimor) i fëmijës
flow-municipal-school-services-child_codice_fiscale-hint = Nëse fëmija nuk ka codice fiscale, lëre bosh.

flow-municipal-school-services-school_name = Në cilën shkollë shkon?
flow-municipal-school-services-school_name-hint = Emri i shkollës dhe klasa, për shembull "Primaria Pio Borri, 2ª B".

flow-municipal-school-services-page-diet = Ushqimi
flow-municipal-school-services-special_diet = A ka nevojë fëmija për një dietë të veçantë?
flow-municipal-school-services-special_diet-none = Jo
flow-municipal-school-services-special_diet-medical = Po, për arsye shëndetësore (alergji, intolerancë)
flow-municipal-school-services-special_diet-religious = Po, për arsye fetare
flow-municipal-school-services-special_diet-vegetarian = Po, vegjetariane
flow-municipal-school-services-diet_details = Çfarë nuk mund të hajë?
flow-municipal-school-services-diet_details-hint = Për arsye shëndetësore duhet edhe certifikata e mjekut: çoje në zyrën e shkollës së bashkisë.

flow-municipal-school-services-page-parent = Prindi që paguan shërbimin
flow-municipal-school-services-parent_relationship = Kush je për fëmijën?
flow-municipal-school-services-parent_relationship-mother = Nëna
flow-municipal-school-services-parent_relationship-father = Babai
flow-municipal-school-services-parent_relationship-guardian = Kujdestari ligjor
flow-municipal-school-services-parent_surname = Mbiemri
flow-municipal-school-services-parent_given_name = Emri
flow-municipal-school-services-parent_codice_fiscale = Codice fiscale yt

flow-municipal-school-services-page-address = Ku banoni
flow-municipal-school-services-comune = Comune (bashkia)
flow-municipal-school-services-street = Rruga dhe numri
flow-municipal-school-services-cap = CAP (kodi postar)

flow-municipal-school-services-page-isee = ISEE
flow-municipal-school-services-has_isee = A ke një vërtetim ISEE (tregues i të ardhurave të familjes) të vlefshëm?
flow-municipal-school-services-has_isee-hint = Me një ISEE deri në 13.500 euro paguan një tarifë të ulur. Pa ISEE paguhet tarifa e plotë. ISEE bëhet falas në një CAF.
flow-municipal-school-services-isee_value = Vlera e ISEE, në euro

flow-municipal-school-services-page-contacts = Kontaktet e tua
flow-municipal-school-services-phone = Telefoni
flow-municipal-school-services-email = E-mail

flow-municipal-school-services-what_next = Zyra e shkollës e Comune kontrollon kërkesën dhe publikon renditjet (graduatorie). Të shkruan ose të telefonon për të të thënë nëse fëmija është pranuar dhe sa kushton shërbimi.
