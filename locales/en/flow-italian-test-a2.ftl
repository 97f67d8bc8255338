## Italian language test A2: assets/flows/italian-test-a2.toml.

flow-italian-test-a2-purpose = What do you want to do?
flow-italian-test-a2-purpose-enrol = Sign up for the test
flow-italian-test-a2-purpose-result = Find out my test result

flow-italian-test-a2-page-result = Your test result
flow-italian-test-a2-application_number = Application number
flow-italian-test-a2-application_number-hint = It is on the receipt you got when you signed up for the test, or in the e-mail from the Prefettura.
flow-italian-test-a2-result_birth_date = Your date of birth

flow-italian-test-a2-exemption = Is one of these true for you?
flow-italian-test-a2-exemption-hint = If one of these is true for you, you do not have to take the test.
flow-italian-test-a2-exemption-none = No, none of them
flow-italian-test-a2-exemption-under-14 = I am under 14
flow-italian-test-a2-exemption-italian-school = I have a diploma from an Italian school
flow-italian-test-a2-exemption-cpia-certificate = I have an Italian certificate at A2 level or higher from a CPIA (adult school) or a recognised body
flow-italian-test-a2-exemption-university = I study or studied at an Italian university
flow-italian-test-a2-exemption-disability = I have an illness or disability that stops me learning the language, with a medical certificate

flow-italian-test-a2-exempt = You do not have to take the test. When you apply for the long-term permit, bring the paper that proves it (diploma, certificate or medical certificate). The operator can help you.

flow-italian-test-a2-recent_fail = In the last 90 days, did you fail the test, or miss it without a reason?
flow-italian-test-a2-recent_fail-hint = After failing the test or missing it without a reason, you must wait 90 days before you sign up again.
flow-italian-test-a2-wait-90-days = You can sign up again 90 days after the test. Come back later, or ask the operator for the exact date.

flow-italian-test-a2-page-applicant = About you
flow-italian-test-a2-surname = Surname
flow-italian-test-a2-given_name = Given name
flow-italian-test-a2-birth_date = Date of birth

flow-italian-test-a2-page-origin = Birth and citizenship
flow-italian-test-a2-birth_country = Country of birth
flow-italian-test-a2-citizenship = Citizenship
flow-italian-test-a2-codice_fiscale = Tax code (codice fiscale)

flow-italian-test-a2-page-permit = Your residence permit
flow-italian-test-a2-permit_type = What kind of permit do you have?
flow-italian-test-a2-permit_type-work = Employed work
flow-italian-test-a2-permit_type-self-employment = Self-employed work
flow-italian-test-a2-permit_type-family = Family reasons
flow-italian-test-a2-permit_type-study = Study
flow-italian-test-a2-permit_type-other = Other
flow-italian-test-a2-permit_number = Permit number
flow-italian-test-a2-permit_number-hint = It is at the top right of the permit card.
flow-italian-test-a2-permit_expiry = Permit expiry date
flow-italian-test-a2-permit_expiry-hint = If your permit expired recently and you have applied to renew it, write the date on the old card.

flow-italian-test-a2-page-passport = Your passport
flow-italian-test-a2-passport_number = Passport number
flow-italian-test-a2-passport_expiry = Passport expiry date

flow-italian-test-a2-page-address = Where you live
flow-italian-test-a2-comune = Municipality (comune)
flow-italian-test-a2-street = Street and house number
flow-italian-test-a2-cap = Postcode (CAP)

flow-italian-test-a2-page-contacts = How they contact you about the test
flow-italian-test-a2-email = E-mail
flow-italian-test-a2-email-hint = The Prefettura sends the invitation to the test by e-mail: write an address you read every day.
flow-italian-test-a2-phone = Phone

flow-italian-test-a2-what_next = Within 60 days the Prefettura sends you an e-mail with the invitation: the day, the time and the CPIA where you take the test. Bring your passport and your residence permit. The Questura also gets the result.
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-italian-test-a2-portal_ready = Your SPID, or your CIE with its PIN; your residence permit; your passport; an e-mail address that you read: the invitation arrives there.
