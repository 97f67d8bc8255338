## Job offers: assets/flows/job-offers.toml.

flow-job-offers-area = ¿Dónde quieres trabajar?
flow-job-offers-area-arezzo = Arezzo y alrededores
flow-job-offers-area-valdarno = Valdarno
flow-job-offers-area-casentino = Casentino
flow-job-offers-area-valtiberina = Valtiberina
flow-job-offers-area-valdichiana = Valdichiana
flow-job-offers-area-any = En toda la provincia

flow-job-offers-sector = ¿En qué sector?
flow-job-offers-sector-care = Cuidado de personas
flow-job-offers-sector-catering = Cocina, bares y restaurantes
flow-job-offers-sector-building = Construcción
flow-job-offers-sector-industry = Industria, mecánica, orfebrería
flow-job-offers-sector-logistics = Almacén y transportes
flow-job-offers-sector-agriculture = Agricultura
flow-job-offers-sector-cleaning = Limpieza
flow-job-offers-sector-retail = Tiendas y ventas
flow-job-offers-sector-any = Todos los sectores

flow-job-offers-page-hours = Horario y carné de conducir
flow-job-offers-hours = ¿Cuántas horas quieres trabajar?
flow-job-offers-hours-full-time = Jornada completa
flow-job-offers-hours-part-time = Media jornada (part-time)
flow-job-offers-hours-any = Me da igual
flow-job-offers-driving_licence = ¿Tienes un carné de conducir válido en Italia?
flow-job-offers-driving_licence-hint = Si dices que no, no te mostramos las ofertas que piden el carné.

flow-job-offers-offer = Elige una oferta
flow-job-offers-offer-hint = Imprimimos la oferta con el código y el Centro per l'Impiego (oficina de empleo) al que debes dirigirte.
flow-job-offers-offer-none = No hay ofertas con estas opciones. Vuelve atrás y prueba otra zona u otro sector.

flow-job-offers-how_to_apply = Para presentarte, ve al Centro per l'Impiego que está escrito en la hoja, o escribe a la dirección indicada, con el código de la oferta, el currículum y el permiso de residencia. Hazlo antes de la fecha de cierre.
