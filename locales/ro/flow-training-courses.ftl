## Training courses: assets/flows/training-courses.toml.

flow-training-courses-area = Unde vrei să faci cursul?
flow-training-courses-area-arezzo = Arezzo și împrejurimi
flow-training-courses-area-valdarno = Valdarno
flow-training-courses-area-casentino = Casentino
flow-training-courses-area-valtiberina = Valtiberina
flow-training-courses-area-valdichiana = Valdichiana
flow-training-courses-area-online = Online, de acasă
flow-training-courses-area-any = În toată provincia

flow-training-courses-sector = Ce meserie vrei să înveți?
flow-training-courses-sector-care = Îngrijirea persoanelor (badante, OSS)
flow-training-courses-sector-catering = Bucătărie, baruri și restaurante
flow-training-courses-sector-building = Construcții
flow-training-courses-sector-industry = Industrie, mecanică, bijuterie
flow-training-courses-sector-logistics = Depozit și transporturi
flow-training-courses-sector-agriculture = Agricultură
flow-training-courses-sector-computing = Calculator și informatică
flow-training-courses-sector-italian-language = Limba italiană
flow-training-courses-sector-any = Toate cursurile

flow-training-courses-page-conditions = Situația ta
flow-training-courses-free_only = Vrei să vezi doar cursurile gratuite?
flow-training-courses-registered_unemployed = Ești înscris la Centro per l'Impiego (oficiul de muncă) ca șomer?
flow-training-courses-registered_unemployed-hint = Cine este înscris poate primi un voucher (bon) de până la 3.000 de euro și un ajutor pentru frecventarea cursului.

flow-training-courses-course = Alege un curs
flow-training-courses-course-hint = Tipărim fișa cursului cu datele de contact ale agenției de formare.
flow-training-courses-course-none = Nu sunt cursuri cu aceste alegeri. Întoarce-te și încearcă altă zonă sau alt domeniu.

flow-training-courses-how_to_apply = Pe fișă sunt termenul-limită și datele de contact ale agenției de formare. Sună sau mergi la agenție înainte de termen, cu un act de identitate și permisul de ședere. Pentru voucher vorbește cu Centro per l'Impiego.
