## Municipal school services: assets/flows/municipal-school-services.toml.

flow-municipal-school-services-services = Which services are you applying for?
flow-municipal-school-services-services-hint = You can choose more than one.
flow-municipal-school-services-services-nursery = Nursery (asilo nido, from 3 months to 3 years)
flow-municipal-school-services-services-canteen = School meals (mensa)
flow-municipal-school-services-services-transport = School transport (school bus)

flow-municipal-school-services-page-transport = School transport
flow-municipal-school-services-transport_far = Do you live outside the town centre and more than 1 km from the school?
flow-municipal-school-services-transport_far-hint = The school bus is only for people who live far from the school.
flow-municipal-school-services-transport-too-close = Transport is only for people who live outside the centre and more than 1 km from the school. Go back and remove transport, or ask the operator.
flow-municipal-school-services-transport_nearest_school = Does the child go to the school nearest to home?

flow-municipal-school-services-page-child = The child
flow-municipal-school-services-child_surname = Surname
flow-municipal-school-services-child_given_name = Given name
flow-municipal-school-services-child_birth_date = Date of birth
flow-municipal-school-services-nursery-age = The nursery is for children up to 3 years old. For an older child, remove the nursery from your choice.
flow-municipal-school-services-child_codice_fiscale = The child's tax code (codice fiscale)
flow-municipal-school-services-child_codice_fiscale-hint = If the child does not have a tax code, leave this empty.

flow-municipal-school-services-school_name = Which school does the child go to?
flow-municipal-school-services-school_name-hint = The name of the school and the class, for example "Primaria Pio Borri, 2ª B".

flow-municipal-school-services-page-diet = Meals
flow-municipal-school-services-special_diet = Does the child need a special diet?
flow-municipal-school-services-special_diet-none = No
flow-municipal-school-services-special_diet-medical = Yes, for health reasons (allergy, intolerance)
flow-municipal-school-services-special_diet-religious = Yes, for religious reasons
flow-municipal-school-services-special_diet-vegetarian = Yes, vegetarian
flow-municipal-school-services-diet_details = What can the child not eat?
flow-municipal-school-services-diet_details-hint = For health reasons you also need a doctor's certificate: take it to the school office.

flow-municipal-school-services-page-parent = The parent who pays for the service
flow-municipal-school-services-parent_relationship = Who are you to the child?
flow-municipal-school-services-parent_relationship-mother = Mother
flow-municipal-school-services-parent_relationship-father = Father
flow-municipal-school-services-parent_relationship-guardian = Guardian
flow-municipal-school-services-parent_surname = Surname
flow-municipal-school-services-parent_given_name = Given name
flow-municipal-school-services-parent_codice_fiscale = Your tax code (codice fiscale)

flow-municipal-school-services-page-address = Where you live
flow-municipal-school-services-comune = Municipality (comune)
flow-municipal-school-services-street = Street and house number
flow-municipal-school-services-cap = Postcode (CAP)

flow-municipal-school-services-page-isee = ISEE
flow-municipal-school-services-has_isee = Do you have a valid ISEE certificate (attestazione ISEE)?
flow-municipal-school-services-has_isee-hint = With an ISEE up to 13,500 euro you pay a lower fee. Without an ISEE you pay the full fee. You can get the ISEE free at a CAF (tax help centre).
flow-municipal-school-services-isee_value = ISEE value, in euro

flow-municipal-school-services-page-contacts = Your contact details
flow-municipal-school-services-phone = Phone
flow-municipal-school-services-email = E-mail

flow-municipal-school-services-what_next = The Comune's school office checks the application and publishes the ranking lists (graduatorie). It writes to you or phones you to tell you if the child is accepted and how much the service costs.
