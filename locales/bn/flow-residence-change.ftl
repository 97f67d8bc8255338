## Change of residence: the questions of assets/flows/residence-change.toml.

flow-residence-change-reason = আপনি কেন বাসস্থান বদলাচ্ছেন?
flow-residence-change-reason-from-other-comune = ইতালির অন্য একটি পৌরসভা (comune) থেকে আসছি
flow-residence-change-reason-from-abroad = বিদেশ থেকে আসছি
flow-residence-change-reason-within-comune = Arezzo-র ভেতরেই ঠিকানা বদলাচ্ছি
flow-residence-change-reason-other = অন্য কারণ
flow-residence-change-previous_comune = আপনি কোন পৌরসভা (comune) থেকে আসছেন?
flow-residence-change-previous_comune-hint = আগে যে পৌরসভায় আপনার বাসস্থান নিবন্ধিত ছিল।
flow-residence-change-previous_country = আপনি কোন দেশ থেকে আসছেন?

flow-residence-change-page-applicant = আপনার তথ্য
flow-residence-change-surname = পদবি
flow-residence-change-given_name = নাম
flow-residence-change-sex = লিঙ্গ
flow-residence-change-sex-female = নারী
flow-residence-change-sex-male = পুরুষ

flow-residence-change-page-applicant-birth = আপনার জন্ম
flow-residence-change-birth_date = জন্মতারিখ
flow-residence-change-birth_country = জন্মের দেশ
flow-residence-change-adult-required = যিনি ঘোষণা দিচ্ছেন তাঁকে প্রাপ্তবয়স্ক (18 বছর বা বেশি) হতে হবে। অপ্রাপ্তবয়স্ককে আপনার সাথে আসা ব্যক্তি হিসেবে যোগ করুন।

flow-residence-change-page-applicant-codes = ট্যাক্স কোড (codice fiscale) ও নাগরিকত্ব
flow-residence-change-codice_fiscale = ট্যাক্স কোড (codice fiscale)
flow-residence-change-codice_fiscale-hint = এটি স্বাস্থ্য কার্ডে (tessera sanitaria) আছে: 16টি অক্ষর ও অঙ্ক, অথবা অস্থায়ী হলে 11টি অঙ্ক।
flow-residence-change-citizenship = নাগরিকত্ব

flow-residence-change-civil_status = বৈবাহিক অবস্থা
flow-residence-change-civil_status-single = অবিবাহিত
flow-residence-change-civil_status-married = বিবাহিত
flow-residence-change-civil_status-civil-union = সিভিল ইউনিয়নে আবদ্ধ (unione civile)
flow-residence-change-civil_status-separated = আইনগতভাবে আলাদা
flow-residence-change-civil_status-divorced = তালাকপ্রাপ্ত
flow-residence-change-civil_status-widowed = বিধবা বা বিপত্নীক

flow-residence-change-page-address = Arezzo-তে নতুন ঠিকানা
flow-residence-change-street = রাস্তা বা চত্বর (Via বা Piazza)
flow-residence-change-street-hint = যেমন: Via Roma।
flow-residence-change-house_number = বাড়ির নম্বর
flow-residence-change-interior = ফ্ল্যাট নম্বর (যদি থাকে)
flow-residence-change-cap = পোস্ট কোড (CAP)
flow-residence-change-cap-arezzo = এই CAP Arezzo পৌরসভার (Comune di Arezzo) নয়: শহরের CAP হলো 52100।

flow-residence-change-others_registered = এই বাড়িতে কি আগে থেকেই অন্য কারও বাসস্থান নিবন্ধিত আছে?
flow-residence-change-others_registered-hint = যদি থাকে, তাহলে পরিবার-তালিকার প্রধানকে (intestatario della scheda di famiglia) তাঁর সম্মতিতে সই করতে হবে।
flow-residence-change-registered_holder = পরিবার-তালিকার প্রধানের (intestatario della scheda di famiglia) নাম ও পদবি
flow-residence-change-registered_holder-hint = আগে থেকে নিবন্ধিত যে ব্যক্তি সম্মতিতে সই করবেন।

flow-residence-change-title = কোন অধিকারে আপনি এই বাড়িতে থাকেন?
flow-residence-change-title-owner = আমি মালিক
flow-residence-change-title-lease = আমার নিবন্ধিত ভাড়ার চুক্তি আছে
flow-residence-change-title-public-housing = সরকারি আবাসন (ERP)
flow-residence-change-title-free-loan = বিনা ভাড়ায় থাকার নিবন্ধিত চুক্তি (comodato d'uso)
flow-residence-change-title-usufruct = ভোগদখলের অধিকার (usufrutto)
flow-residence-change-title-other = অন্য কিছু (অতিথি, একসাথে বসবাস)

flow-residence-change-page-lease = চুক্তি নিবন্ধনের তথ্য
flow-residence-change-lease_office = Agenzia delle Entrate (কর বিভাগ)-এর অফিস
flow-residence-change-lease_office-hint = এটি চুক্তি নিবন্ধনের রসিদে লেখা আছে।
flow-residence-change-lease_date = নিবন্ধনের তারিখ
flow-residence-change-lease_number = নিবন্ধন নম্বর

flow-residence-change-members-add-another = আপনার সাথে কি আরও কেউ আসছেন?
flow-residence-change-page-member = আপনার সাথে আসা একজন ব্যক্তি
flow-residence-change-member_surname = পদবি
flow-residence-change-member_given_name = নাম
flow-residence-change-member_birth_date = জন্মতারিখ
flow-residence-change-member_relationship = তিনি আপনার কী হন?
flow-residence-change-member_relationship-spouse = স্বামী বা স্ত্রী
flow-residence-change-member_relationship-partner = সঙ্গী (একসাথে থাকেন)
flow-residence-change-member_relationship-child = ছেলে বা মেয়ে
flow-residence-change-member_relationship-parent = বাবা বা মা
flow-residence-change-member_relationship-sibling = ভাই বা বোন
flow-residence-change-member_relationship-other = অন্য
flow-residence-change-page-member-codes = এই ব্যক্তির ট্যাক্স কোড (codice fiscale) ও নাগরিকত্ব
flow-residence-change-member_codice_fiscale = ট্যাক্স কোড (codice fiscale), যদি থাকে
flow-residence-change-member_citizenship = নাগরিকত্ব

flow-residence-change-page-contacts = আমরা কীভাবে আপনার সাথে যোগাযোগ করব
flow-residence-change-phone = ফোন নম্বর
flow-residence-change-email = ই-মেইল (যদি থাকে)

flow-residence-change-what_next = আপনার আবেদনটি ঘোষণা জমা দেওয়ার জন্য: ঘোষণাটি কেবল তখনই বৈধ হয়, যখন বাসা বদলাচ্ছেন এমন সব প্রাপ্তবয়স্ক ব্যক্তি এতে সই করেছেন (ফর্মের ঘরগুলো) এবং আপনারা এটি নিবন্ধন অফিসের (anagrafe) কাউন্টারে জমা দিয়েছেন, বা PEC (সার্টিফায়েড ই-মেইল) দিয়ে পাঠিয়েছেন, সবার পরিচয়পত্র এবং বসবাসের অনুমতিপত্র (permesso di soggiorno) বা তার আবেদনের রসিদসহ। সেই দিন থেকে পৌরসভা (Comune) 2 কর্মদিবসের মধ্যে বাসস্থান নিবন্ধন করে; 45 দিনের মধ্যে পৌর পুলিশ (Polizia Municipale) এসে দেখতে পারে আপনি এই ঠিকানায় থাকেন কি না: কোনো খবর না পেলে আপনার বাসস্থান নিশ্চিত।
