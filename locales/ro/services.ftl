## Categories of the home screen.

category-citizen-life = Viața de zi cu zi
category-education = Educație
category-culture = Cultură
category-work-training = Muncă și formare
category-health = Sănătate

## Services: name, then one line under it.

service-certificates = Certificate de la evidența populației
service-certificates-summary = Cere un certificat de rezidență, de componență a familiei sau altul și tipărește-l aici.
service-residence-change = Schimbarea reședinței
service-residence-change-summary = Declară noua ta adresă și cine locuiește cu tine.
service-permit-status = Verificarea permisului de ședere
service-permit-status-summary = Află dacă permisul tău de ședere (permesso di soggiorno) este gata.
service-family-reunification = Reîntregirea familiei
service-family-reunification-summary = Verifică venitul și locuința, apoi pregătește cererea pentru portalul ALI.
service-citizenship-status = Stadiul cererii de cetățenie
service-citizenship-status-summary = Cum vezi în ce stadiu este cererea ta, pe portalul ALI.
service-italian-test-a2 = Testul de limba italiană A2
service-italian-test-a2-summary = Pregătește înscrierea la test, care se face pe portalul Ministerului.
service-state-school-enrolment = Înscrierea la școala de stat
service-state-school-enrolment-summary = Pregătește înscrierea în clasa întâi, care se face pe portalul Unica.
service-municipal-school-services = Creșă, cantină și transport școlar
service-municipal-school-services-summary = Cere la Comune (primărie) locul la creșă, cantina sau autobuzul școlar.
service-online-magazines = Ziare și reviste online
service-online-magazines-summary = Citește ziare și reviste în multe limbi cu permisul de bibliotecă.
service-training-courses = Cursuri de formare
service-training-courses-summary = Caută un curs în provincia Arezzo și tipărește fișa.
service-job-offers = Oferte de muncă
service-job-offers-summary = Caută ofertele de la Centri per l'impiego (agențiile de muncă) și tipărește fișa.
service-health-booking = Programări la consultații și analize
service-health-booking-summary = Fă programarea cu rețeta electronică și plătește contribuția (ticket) cu pagoPA.
