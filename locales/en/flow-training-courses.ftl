## Training courses: assets/flows/training-courses.toml.

flow-training-courses-area = Where do you want to do the course?
flow-training-courses-area-arezzo = Arezzo and nearby
flow-training-courses-area-valdarno = Valdarno
flow-training-courses-area-casentino = Casentino
flow-training-courses-area-valtiberina = Valtiberina
flow-training-courses-area-valdichiana = Valdichiana
flow-training-courses-area-online = Online, from home
flow-training-courses-area-any = Anywhere in the province

flow-training-courses-sector = What job do you want to learn?
flow-training-courses-sector-care = Caring for people (carer, OSS)
flow-training-courses-sector-catering = Kitchens, bars and restaurants
flow-training-courses-sector-building = Building
flow-training-courses-sector-industry = Industry, mechanics, goldsmithing
flow-training-courses-sector-logistics = Warehouse and transport
flow-training-courses-sector-agriculture = Farming
flow-training-courses-sector-computing = Computers and IT
flow-training-courses-sector-italian-language = Italian language
flow-training-courses-sector-any = All courses

flow-training-courses-page-conditions = Your situation
flow-training-courses-free_only = Do you want to see only free courses?
flow-training-courses-registered_unemployed = Are you registered as unemployed at the Centro per l'Impiego (job centre)?
flow-training-courses-registered_unemployed-hint = If you are registered, you can get a voucher of up to 3,000 euro and help to attend the course.

flow-training-courses-course = Choose a course
flow-training-courses-course-hint = We print the course sheet with the contact details of the training agency.
flow-training-courses-course-none = There are no courses for these choices. Go back and try another area or another sector.

flow-training-courses-how_to_apply = The sheet shows the deadline and the contact details of the training agency. Phone or go to the agency before the deadline, with an identity document and your residence permit. For the voucher, talk to the Centro per l'Impiego.
