## Job offers: assets/flows/job-offers.toml.

flow-job-offers-area = Where do you want to work?
flow-job-offers-area-arezzo = Arezzo and nearby
flow-job-offers-area-valdarno = Valdarno
flow-job-offers-area-casentino = Casentino
flow-job-offers-area-valtiberina = Valtiberina
flow-job-offers-area-valdichiana = Valdichiana
flow-job-offers-area-any = Anywhere in the province

flow-job-offers-sector = In which sector?
flow-job-offers-sector-care = Caring for people
flow-job-offers-sector-catering = Kitchens, bars and restaurants
flow-job-offers-sector-building = Building
flow-job-offers-sector-industry = Industry, mechanics, goldsmithing
flow-job-offers-sector-logistics = Warehouse and transport
flow-job-offers-sector-agriculture = Farming
flow-job-offers-sector-cleaning = Cleaning
flow-job-offers-sector-retail = Shops and sales
flow-job-offers-sector-any = All sectors

flow-job-offers-page-hours = Hours and driving licence
flow-job-offers-hours = How many hours do you want to work?
flow-job-offers-hours-full-time = Full-time
flow-job-offers-hours-part-time = Part-time
flow-job-offers-hours-any = It does not matter
flow-job-offers-driving_licence = Do you have a driving licence that is valid in Italy?
flow-job-offers-driving_licence-hint = If you answer no, we do not show you the offers that ask for a driving licence.

flow-job-offers-offer = Choose an offer
flow-job-offers-offer-hint = We print the offer with its code and the Centro per l'Impiego (job centre) to contact.
flow-job-offers-offer-none = There are no offers for these choices. Go back and try another area or another sector.

flow-job-offers-how_to_apply = To apply, go to the Centro per l'Impiego written on the sheet, or write to the address given, with the offer code, your CV and your residence permit. Do it before the closing date.
