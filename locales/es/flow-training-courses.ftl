## Training courses: assets/flows/training-courses.toml.

flow-training-courses-area = ¿Dónde quieres hacer el curso?
flow-training-courses-area-arezzo = Arezzo y alrededores
flow-training-courses-area-valdarno = Valdarno
flow-training-courses-area-casentino = Casentino
flow-training-courses-area-valtiberina = Valtiberina
flow-training-courses-area-valdichiana = Valdichiana
flow-training-courses-area-online = En línea, desde casa
flow-training-courses-area-any = En toda la provincia

flow-training-courses-sector = ¿Qué trabajo quieres aprender?
flow-training-courses-sector-care = Cuidado de personas (badante, OSS)
flow-training-courses-sector-catering = Cocina, bares y restaurantes
flow-training-courses-sector-building = Construcción
flow-training-courses-sector-industry = Industria, mecánica, orfebrería
flow-training-courses-sector-logistics = Almacén y transportes
flow-training-courses-sector-agriculture = Agricultura
flow-training-courses-sector-computing = Ordenadores e informática
flow-training-courses-sector-italian-language = Idioma italiano
flow-training-courses-sector-any = Todos los cursos

flow-training-courses-page-conditions = Tu situación
flow-training-courses-free_only = ¿Quieres ver solo los cursos gratis?
flow-training-courses-registered_unemployed = ¿Estás inscrito en el Centro per l'Impiego (oficina de empleo) como desempleado?
flow-training-courses-registered_unemployed-hint = Quien está inscrito puede recibir un voucher (bono) de hasta 3.000 euros y una ayuda por asistir al curso.

flow-training-courses-course = Elige un curso
flow-training-courses-course-hint = Imprimimos la ficha del curso con los datos de contacto de la agencia de formación.
flow-training-courses-course-none = No hay cursos con estas opciones. Vuelve atrás y prueba otra zona u otro sector.

flow-training-courses-how_to_apply = En la ficha están la fecha límite y los datos de contacto de la agencia de formación. Llama o ve a la agencia antes de la fecha límite, con un documento y el permiso de residencia. Para el voucher habla con el Centro per l'Impiego.
