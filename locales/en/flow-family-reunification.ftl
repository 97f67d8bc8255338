## Family reunification: assets/flows/family-reunification.toml.

flow-family-reunification-page-permit = Your residence permit
flow-family-reunification-permit_type = What kind of permit do you have?
flow-family-reunification-permit_type-work = Employment
flow-family-reunification-permit_type-self-employment = Self-employment
flow-family-reunification-permit_type-family = Family reasons
flow-family-reunification-permit_type-long-term = EU long-term resident
flow-family-reunification-permit_type-study = Study
flow-family-reunification-permit_type-asylum = Asylum or subsidiary protection
flow-family-reunification-permit_type-other = Other
flow-family-reunification-permit_one_year = Does your permit last at least one year?
flow-family-reunification-permit_one_year-hint = Look at the issue date and the expiry date on the permit.
flow-family-reunification-permit-too-short = To apply for family reunification you need a permit of at least one year. Ask the operator about other ways.

flow-family-reunification-family-add-another = Do you want to add another family member?
flow-family-reunification-page-member = The family member you want to bring to Italy
flow-family-reunification-relationship = Who are they to you?
flow-family-reunification-relationship-spouse = Husband or wife
flow-family-reunification-relationship-minor-child = Son or daughter under 18
flow-family-reunification-relationship-adult-child-disabled = Adult son or daughter with total disability
flow-family-reunification-relationship-parent = Dependent parent
flow-family-reunification-member_surname = Surname
flow-family-reunification-member_given_name = Given name
flow-family-reunification-member_birth_date = Date of birth
flow-family-reunification-member_country = Country where they live now
flow-family-reunification-member_country-hint = The visa is requested at the Italian consulate of that country.
flow-family-reunification-age-does-not-fit = The age does not fit: a spouse must be at least 18, a minor child under 18.

flow-family-reunification-annual_income = Your income of the last year, in euro
flow-family-reunification-annual_income-hint = The gross total of your Certificazione Unica or tax return. You may add the income of family members who live with you.
flow-family-reunification-income-too-low = For this number of family members you need an income of at least { NUMBER($income_threshold, minimumFractionDigits: 2) } euro a year. Ask the operator: sometimes the income of other family members can be added.

flow-family-reunification-page-housing = The home where you will live
flow-family-reunification-dwelling_area = How many square metres is the home?
flow-family-reunification-dwelling_area-hint = It is written on the rental contract or on the floor plan.
flow-family-reunification-housing-too-small = For all the people who will live in the home you need at least { NUMBER($housing_minimum, maximumFractionDigits: 0) } square metres.
flow-family-reunification-housing_certificate = Do you have the Comune's housing suitability certificate?
flow-family-reunification-housing_certificate-hint = If you do not have it yet, ask the Comune's housing office: the application needs it.

flow-family-reunification-page-applicant = About you
flow-family-reunification-surname = Surname
flow-family-reunification-given_name = Given name
flow-family-reunification-codice_fiscale = Tax code (codice fiscale)

flow-family-reunification-page-contacts = How we contact you
flow-family-reunification-phone = Phone number
flow-family-reunification-email = E-mail (if you have one)

flow-family-reunification-what_next = The application goes to the Prefettura's Sportello Unico per l'Immigrazione, which asks the Questura for its opinion. The authorisation (nulla osta) arrives within 90 days. Then your family member asks the Italian consulate for a visa; within 8 days of arriving in Italy you must go together to the Sportello Unico.
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-family-reunification-portal_ready = Your SPID, or your CIE with its PIN; your residence permit; your passport and your family members' passports; the rental contract or the ownership deed of the home and the Comune's housing suitability certificate (idoneità alloggiativa); your income of the last year (Certificazione Unica or tax return); the details of a 16 euro revenue stamp (marca da bollo).
