## Categories of the home screen.

category-citizen-life = Daily life
category-education = Education
category-culture = Culture
category-work-training = Work and training
category-health = Health

## Services: name, then one line under it.

service-certificates = Registry certificates
service-certificates-summary = Ask for a certificate of residence, of family status or another, and print it here.
service-residence-change = Change of residence
service-residence-change-summary = Declare your new address and who lives with you.
service-permit-status = Residence permit check
service-permit-status-summary = Find out whether your residence permit is ready.
service-family-reunification = Family reunification
service-family-reunification-summary = Check your income and housing, then prepare the application for the ALI portal.
service-citizenship-status = Citizenship application status
service-citizenship-status-summary = How to see how far your application has got, on the ALI portal.
service-italian-test-a2 = A2 Italian language test
service-italian-test-a2-summary = Prepare your sign-up for the test, which is done on the Ministry's portal.
service-state-school-enrolment = State school enrolment
service-state-school-enrolment-summary = Prepare the enrolment in the first year, which is done on the Unica portal.
service-municipal-school-services = Nursery, school meals and school bus
service-municipal-school-services-summary = Apply to the Comune for nursery, school meals or the school bus.
service-online-magazines = Online newspapers and magazines
service-online-magazines-summary = Read newspapers and magazines in many languages with your library card.
service-training-courses = Training courses
service-training-courses-summary = Find a course in the province of Arezzo and print its details.
service-job-offers = Job offers
service-job-offers-summary = Find job offers from the job centres and print their details.
service-health-booking = Booking medical visits and tests
service-health-booking-summary = Book with your electronic prescription and pay the fee with pagoPA.
