## Categories of the home screen.

category-citizen-life = Jeta e qytetarit
category-education = Arsimi
category-culture = Kultura
category-work-training = Puna dhe formimi
category-health = Shëndeti

## Services: name, then one line under it.

service-certificates = Certifikata të gjendjes civile
service-certificates-summary = Kërko një certifikatë banimi, përbërjeje familjare ose tjetër dhe printoje këtu.
service-residence-change = Ndryshimi i vendbanimit
service-residence-change-summary = Deklaro adresën tënde të re dhe kush jeton me ty.
service-permit-status = Kontrolli i lejes së qëndrimit
service-permit-status-summary = Mëso nëse leja jote e qëndrimit (permesso di soggiorno) është gati.
service-family-reunification = Bashkimi familjar
service-family-reunification-summary = Kontrollo të ardhurat dhe banesën, pastaj përgatit kërkesën për portalin ALI.
service-citizenship-status = Gjendja e kërkesës për shtetësi
service-citizenship-status-summary = Si të shohësh në ç'pikë është kërkesa jote, në portalin ALI.
service-italian-test-a2 = Testi i gjuhës italiane A2
service-italian-test-a2-summary = Përgatit regjistrimin për testin, që bëhet në portalin e Ministrisë.
service-state-school-enrolment = Regjistrimi në shkollën shtetërore
service-state-school-enrolment-summary = Përgatit regjistrimin në klasën e parë, që bëhet në portalin Unica.
service-municipal-school-services = Çerdhja, mensa dhe transporti shkollor
service-municipal-school-services-summary = Kërko nga Comune (bashkia) çerdhen, mensën ose autobusin e shkollës.
service-online-magazines = Gazeta dhe revista online
service-online-magazines-summary = Lexo gazeta dhe revista në shumë gjuhë me kartën e bibliotekës.
service-training-courses = Kurse formimi
service-training-courses-summary = Gjej një kurs në provincën e Arezzo dhe printo fletën e tij.
service-job-offers = Oferta pune
service-job-offers-summary = Gjej ofertat e Qendrave të Punësimit (Centri per l'impiego) dhe printo fletën.
service-health-booking = Rezervimi i vizitave dhe ekzaminimeve
service-health-booking-summary = Rezervo me recetën elektronike dhe paguaj tiketën (ticket) me pagoPA.
