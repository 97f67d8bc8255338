## Change of residence: the questions of assets/flows/residence-change.toml.

flow-residence-change-reason = De ce îți schimbi reședința?
flow-residence-change-reason-from-other-comune = Vin din altă localitate (comune) din Italia
flow-residence-change-reason-from-abroad = Vin din străinătate
flow-residence-change-reason-within-comune = Îmi schimb adresa în Arezzo
flow-residence-change-reason-other = Alt motiv
flow-residence-change-previous_comune = Din ce localitate (comune) vii?
flow-residence-change-previous_comune-hint = Localitatea unde aveai reședința înainte.
flow-residence-change-previous_country = Din ce țară vii?

flow-residence-change-page-applicant = Datele tale
flow-residence-change-surname = Nume de familie
flow-residence-change-given_name = Prenume
flow-residence-change-sex = Sex
flow-residence-change-sex-female = Feminin
flow-residence-change-sex-male = Masculin

flow-residence-change-page-applicant-birth = Nașterea ta
flow-residence-change-birth_date = Data nașterii
flow-residence-change-birth_country = Țara nașterii
flow-residence-change-adult-required = Persoana care face declarația trebuie să fie majoră. Un minor se adaugă ca persoană care se mută cu tine.

flow-residence-change-page-applicant-codes = Codice fiscale și cetățenie
flow-residence-change-codice_fiscale = Codice fiscale (codul fiscal)
flow-residence-change-codice_fiscale-hint = Este pe cardul de sănătate (tessera sanitaria): 16 caractere sau 11 cifre dacă este provizoriu.
flow-residence-change-citizenship = Cetățenie

flow-residence-change-civil_status = Stare civilă
flow-residence-change-civil_status-single = Necăsătorit sau necăsătorită
flow-residence-change-civil_status-married = Căsătorit sau căsătorită
flow-residence-change-civil_status-civil-union = În uniune civilă
flow-residence-change-civil_status-separated = Separat sau separată
flow-residence-change-civil_status-divorced = Divorțat sau divorțată
flow-residence-change-civil_status-widowed = Văduv sau văduvă

flow-residence-change-page-address = Noua ta adresă în Arezzo
flow-residence-change-street = Strada sau piața
flow-residence-change-street-hint = De exemplu: Via Roma.
flow-residence-change-house_number = Numărul casei
flow-residence-change-interior = Apartamentul (dacă există)
flow-residence-change-cap = Cod poștal (CAP)
flow-residence-change-cap-arezzo = Acest cod poștal nu este al Comune di Arezzo: codul poștal al orașului este 52100.

flow-residence-change-others_registered = Mai sunt alte persoane cu reședința în această casă?
flow-residence-change-others_registered-hint = Dacă da, titularul fișei de familie (scheda di famiglia) va trebui să semneze acordul.
flow-residence-change-registered_holder = Prenumele și numele titularului fișei de familie
flow-residence-change-registered_holder-hint = Persoana care are deja reședința aici și semnează acordul.

flow-residence-change-title = Cu ce drept locuiești în această casă?
flow-residence-change-title-owner = Casa este a mea
flow-residence-change-title-lease = Am un contract de închiriere înregistrat
flow-residence-change-title-public-housing = Locuință socială (ERP)
flow-residence-change-title-free-loan = Comodat înregistrat (comodato d'uso, folosință gratuită)
flow-residence-change-title-usufruct = Uzufruct
flow-residence-change-title-other = Altceva (oaspete, conviețuire)

flow-residence-change-page-lease = Datele înregistrării contractului
flow-residence-change-lease_office = Biroul Agenzia delle Entrate (fiscul)
flow-residence-change-lease_office-hint = Este scris pe chitanța de înregistrare a contractului.
flow-residence-change-lease_date = Data înregistrării
flow-residence-change-lease_number = Numărul de înregistrare

flow-residence-change-members-add-another = Se mai mută cu tine o persoană?
flow-residence-change-page-member = O persoană care se mută cu tine
flow-residence-change-member_surname = Nume de familie
flow-residence-change-member_given_name = Prenume
flow-residence-change-member_birth_date = Data nașterii
flow-residence-change-member_relationship = Ce relație are cu tine?
flow-residence-change-member_relationship-spouse = Soț sau soție
flow-residence-change-member_relationship-partner = Partener sau parteneră
flow-residence-change-member_relationship-child = Fiu sau fiică
flow-residence-change-member_relationship-parent = Tată sau mamă
flow-residence-change-member_relationship-sibling = Frate sau soră
flow-residence-change-member_relationship-other = Altă relație
flow-residence-change-page-member-codes = Codice fiscale și cetățenia persoanei
flow-residence-change-member_codice_fiscale = Codice fiscale (dacă are)
flow-residence-change-member_citizenship = Cetățenie

flow-residence-change-page-contacts = Cum te contactăm
flow-residence-change-phone = Număr de telefon
flow-residence-change-email = E-mail (dacă ai)

flow-residence-change-what_next = Cererea ta este pentru predarea declarației: declarația este valabilă doar când au semnat-o toate persoanele majore care se mută (căsuțele de pe formular) și ați predat-o la ghișeul de evidență a populației (anagrafe) sau ați trimis-o prin PEC (e-mail certificat), cu actele de identitate ale tuturor și permisul de ședere (permesso di soggiorno) sau chitanța cererii. Din acea zi, Comune (primăria) înregistrează reședința în 2 zile lucrătoare; în 45 de zile, Polizia Municipale (poliția locală) poate veni să verifice că locuiești la această adresă: dacă nu primești nicio veste, reședința este confirmată.
