## State school enrolment: assets/flows/state-school-enrolment.toml.

flow-state-school-enrolment-window_closed = Online enrolment is closed: it happens every year between January and February. You can still prepare the application here: we print it and you take it to the school office, which accepts late enrolments.

flow-state-school-enrolment-school_level = Which school do you want to enrol your son or daughter in?
flow-state-school-enrolment-school_level-hint = First year only. For nursery school (scuola dell'infanzia) the school has a paper form.
flow-state-school-enrolment-school_level-primary = Primary school (scuola primaria), first year
flow-state-school-enrolment-school_level-lower-secondary = Lower secondary school (scuola media), first year
flow-state-school-enrolment-school_level-upper-secondary = Upper secondary school (scuola superiore), first year
flow-state-school-enrolment-school_level-vocational = Regional vocational training course (CFP)

flow-state-school-enrolment-page-pupil = The child you are enrolling
flow-state-school-enrolment-pupil_surname = Surname
flow-state-school-enrolment-pupil_given_name = Given name
flow-state-school-enrolment-pupil_sex = Sex
flow-state-school-enrolment-pupil_sex-female = Female
flow-state-school-enrolment-pupil_sex-male = Male
flow-state-school-enrolment-pupil_birth_date = Date of birth
flow-state-school-enrolment-too-old-for-primary = For the first year of primary school the child must be 5 or 6 years old. For an older child, talk to the school.

flow-state-school-enrolment-page-pupil-origin = The child's birth and documents
flow-state-school-enrolment-pupil_birth_country = Country of birth
flow-state-school-enrolment-pupil_citizenship = Citizenship
flow-state-school-enrolment-pupil_has_cf = Does the child have a tax code (codice fiscale)?
flow-state-school-enrolment-pupil_has_cf-hint = Even without a tax code and without documents, the child has the right to go to school: the school will help you.
flow-state-school-enrolment-pupil_codice_fiscale = The child's tax code (codice fiscale)

flow-state-school-enrolment-page-parent = The parent making the application
flow-state-school-enrolment-parent_relationship = Who are you to the child?
flow-state-school-enrolment-parent_relationship-mother = Mother
flow-state-school-enrolment-parent_relationship-father = Father
flow-state-school-enrolment-parent_relationship-guardian = Guardian
flow-state-school-enrolment-parent_surname = Surname
flow-state-school-enrolment-parent_given_name = Given name
flow-state-school-enrolment-parent_codice_fiscale = Your tax code (codice fiscale)
flow-state-school-enrolment-parent_codice_fiscale-hint = If you do not have a tax code, leave this empty: the school will help you finish the application.

flow-state-school-enrolment-page-address = Where the child lives
flow-state-school-enrolment-comune = Municipality (comune)
flow-state-school-enrolment-street = Street and house number
flow-state-school-enrolment-cap = Postcode (CAP)

flow-state-school-enrolment-page-contacts = How the school contacts you
flow-state-school-enrolment-email = E-mail
flow-state-school-enrolment-email-hint = News about the application comes by e-mail and in the app IO.
flow-state-school-enrolment-phone = Phone

flow-state-school-enrolment-page-schools = The schools you choose
flow-state-school-enrolment-first_choice = Code of the school you prefer
flow-state-school-enrolment-first_choice-hint = The code has 10 characters and for Arezzo it starts with AR, for example ARIC82100X. You can find it on "Scuola in Chiaro" or ask the operator.
flow-state-school-enrolment-second_choice = Second choice (if you want)
flow-state-school-enrolment-third_choice = Third choice (if you want)
flow-state-school-enrolment-same-school-twice = You have already chosen this school: write a different school or leave this empty.

flow-state-school-enrolment-religion_teaching = Do you want your child to take the Catholic religion lesson?
flow-state-school-enrolment-religion_teaching-hint = If you answer no, between the end of May and the beginning of July you choose a different activity with the school.
flow-state-school-enrolment-religion_teaching-yes = Yes
flow-state-school-enrolment-religion_teaching-no = No, a different activity

flow-state-school-enrolment-what_next = The school looks at the application and e-mails you to say if the child is accepted at the school you chose or at another one. Keep the receipt: it has the application number.
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-state-school-enrolment-portal_ready = Your SPID, or your CIE with its PIN; your tax code (codice fiscale) and the child's; the code of the school you chose (codice meccanografico, on the school's website or on Scuola in Chiaro).
