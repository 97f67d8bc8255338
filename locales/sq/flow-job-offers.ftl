## Oferta pune: assets/flows/job-offers.toml.

flow-job-offers-area = Ku do të punosh?
flow-job-offers-area-arezzo = Arezzo dhe rrethinat
flow-job-offers-area-valdarno = Valdarno
flow-job-offers-area-casentino = Casentino
flow-job-offers-area-valtiberina = Valtiberina
flow-job-offers-area-valdichiana = Valdichiana
flow-job-offers-area-any = Në të gjithë provincën

flow-job-offers-sector = Në cilin sektor?
flow-job-offers-sector-care = Kujdes për njerëzit
flow-job-offers-sector-catering = Kuzhinë, bar dhe restorante
flow-job-offers-sector-building = Ndërtim
flow-job-offers-sector-industry = Industri, mekanikë, argjendari
flow-job-offers-sector-logistics = Magazinë dhe transport
flow-job-offers-sector-agriculture = Bujqësi
flow-job-offers-sector-cleaning = Pastrim
flow-job-offers-sector-retail = Dyqane dhe shitje
flow-job-offers-sector-any = Të gjithë sektorët

flow-job-offers-page-hours = Orari dhe patenta
flow-job-offers-hours = Sa orë do të punosh?
flow-job-offers-hours-full-time = Kohë e plotë
flow-job-offers-hours-part-time = Kohë e pjesshme (part-time)
flow-job-offers-hours-any = Nuk ka rëndësi
flow-job-offers-driving_licence = A ke patentë shoferi të vlefshme në Itali?
flow-job-offers-driving_licence-hint = Nëse përgjigjesh jo, nuk të tregojmë ofertat që kërkojnë patentë.

flow-job-offers-offer = Zgjidh një ofertë
flow-job-offers-offer-hint = Shtypim ofertën me kodin dhe Centro per l'Impiego (zyrën e punësimit) që duhet të kontaktosh.
flow-job-offers-offer-none = Nuk ka oferta me këto zgjedhje. Kthehu pas dhe provo një zonë tjetër ose një sektor tjetër.

flow-job-offers-how_to_apply = Për të aplikuar shko te Centro per l'Impiego i shkruar në fletë, ose shkruaj në adresën e treguar, me kodin e ofertës, CV-në dhe lejen e qëndrimit. Bëje para datës së mbylljes.
