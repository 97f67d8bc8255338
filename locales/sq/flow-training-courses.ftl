## Kurse formimi: assets/flows/training-courses.toml.

flow-training-courses-area = Ku do ta bësh kursin?
flow-training-courses-area-arezzo = Arezzo dhe rrethinat
flow-training-courses-area-valdarno = Valdarno
flow-training-courses-area-casentino = Casentino
flow-training-courses-area-valtiberina = Valtiberina
flow-training-courses-area-valdichiana = Valdichiana
flow-training-courses-area-online = On-line, nga shtëpia
flow-training-courses-area-any = Në të gjithë provincën

flow-training-courses-sector = Çfarë pune do të mësosh?
flow-training-courses-sector-care = Kujdes për njerëzit (badante, OSS)
flow-training-courses-sector-catering = Kuzhinë, bar dhe restorante
flow-training-courses-sector-building = Ndërtim
flow-training-courses-sector-industry = Industri, mekanikë, argjendari
flow-training-courses-sector-logistics = Magazinë dhe transport
flow-training-courses-sector-agriculture = Bujqësi
flow-training-courses-sector-computing = Kompjuter dhe informatikë
flow-training-courses-sector-italian-language = Gjuha italiane
flow-training-courses-sector-any = Të gjitha kurset

flow-training-courses-page-conditions = Kushtet e tua
flow-training-courses-free_only = Do të shohësh vetëm kurset falas?
flow-training-courses-registered_unemployed = A je i regjistruar si i papunë në Centro per l'Impiego (zyra e punësimit)?
flow-training-courses-registered_unemployed-hint = Kush është i regjistruar mund të marrë një voucher deri në 3.000 euro dhe një ndihmë për frekuentimin.

flow-training-courses-course = Zgjidh një kurs
flow-training-courses-course-hint = Shtypim fletën e kursit me kontaktet e agjencisë së formimit.
flow-training-courses-course-none = Nuk ka kurse me këto zgjedhje. Kthehu pas dhe provo një zonë tjetër ose një sektor tjetër.

flow-training-courses-how_to_apply = Në fletë janë afati dhe kontaktet e agjencisë së formimit. Telefono ose shko te agjencia para afatit, me një dokument dhe lejen e qëndrimit. Për voucher-in fol me Centro per l'Impiego.
