## পরিবার পুনর্মিলন: assets/flows/family-reunification.toml.

flow-family-reunification-page-permit = আপনার বসবাসের অনুমতিপত্র (permesso di soggiorno)
flow-family-reunification-permit_type = আপনার কোন ধরনের অনুমতিপত্র আছে?
flow-family-reunification-permit_type-work = চাকরি
flow-family-reunification-permit_type-self-employment = নিজস্ব ব্যবসা
flow-family-reunification-permit_type-family = পারিবারিক কারণ
flow-family-reunification-permit_type-long-term = ইইউ দীর্ঘমেয়াদি বাসিন্দা
flow-family-reunification-permit_type-study = পড়াশোনা
flow-family-reunification-permit_type-asylum = আশ্রয় বা সহায়ক সুরক্ষা
flow-family-reunification-permit_type-other = অন্য কিছু
flow-family-reunification-permit_one_year = আপনার অনুমতিপত্রের মেয়াদ কি অন্তত এক বছর?
flow-family-reunification-permit_one_year-hint = অনুমতিপত্রে দেওয়ার তারিখ ও মেয়াদ শেষের তারিখ দেখুন।
flow-family-reunification-permit-too-short = পরিবার পুনর্মিলনের আবেদনের জন্য অন্তত এক বছরের অনুমতিপত্র লাগে। অন্য উপায় সম্পর্কে অপারেটরকে জিজ্ঞাসা করুন।

flow-family-reunification-family-add-another = আপনি কি পরিবারের আরেকজন সদস্য যোগ করতে চান?
flow-family-reunification-page-member = পরিবারের যে সদস্যকে আপনি ইতালিতে আনতে চান
flow-family-reunification-relationship = তিনি আপনার কে?
flow-family-reunification-relationship-spouse = স্বামী বা স্ত্রী
flow-family-reunification-relationship-minor-child = নাবালক ছেলে বা মেয়ে
flow-family-reunification-relationship-adult-child-disabled = সম্পূর্ণ প্রতিবন্ধী প্রাপ্তবয়স্ক ছেলে বা মেয়ে
flow-family-reunification-relationship-parent = আপনার ওপর নির্ভরশীল বাবা বা মা
flow-family-reunification-member_surname = পদবি
flow-family-reunification-member_given_name = নাম
flow-family-reunification-member_birth_date = জন্ম তারিখ
flow-family-reunification-member_country = তিনি এখন যে দেশে থাকেন
flow-family-reunification-member_country-hint = ভিসা সেই দেশের ইতালীয় কনস্যুলেটে চাইতে হয়।
flow-family-reunification-age-does-not-fit = বয়স মিলছে না: স্বামী বা স্ত্রীর বয়স অন্তত 18 বছর, নাবালক সন্তানের বয়স 18 বছরের কম হতে হবে।

flow-family-reunification-annual_income = গত বছরে আপনার আয়, ইউরোতে
flow-family-reunification-annual_income-hint = Certificazione Unica বা আয়কর রিটার্নের মোট আয়। আপনার সঙ্গে থাকা পরিবারের সদস্যদের আয়ও যোগ করতে পারেন।
flow-family-reunification-income-too-low = পরিবারের এতজন সদস্যের জন্য বছরে অন্তত { NUMBER($income_threshold, minimumFractionDigits: 2) } ইউরো আয় লাগে। অপারেটরকে জিজ্ঞাসা করুন: কখনো কখনো পরিবারের অন্য সদস্যদের আয় যোগ করা যায়।

flow-family-reunification-page-housing = যে বাড়িতে আপনারা থাকবেন
flow-family-reunification-dwelling_area = বাড়িটি কত বর্গমিটার?
flow-family-reunification-dwelling_area-hint = এটি ভাড়ার চুক্তিতে বা বাড়ির নকশায় লেখা থাকে।
flow-family-reunification-housing-too-small = বাড়িতে যারা থাকবেন তাদের সবার জন্য অন্তত { NUMBER($housing_minimum, maximumFractionDigits: 0) } বর্গমিটার লাগে।
flow-family-reunification-housing_certificate = আপনার কাছে কি Comune (পৌরসভা)-র বাসস্থান উপযুক্ততার সার্টিফিকেট (idoneità alloggiativa) আছে?
flow-family-reunification-housing_certificate-hint = এখনো না থাকলে Comune-র আবাসন অফিসে চান: আবেদনের জন্য এটি লাগবে।

flow-family-reunification-page-applicant = আপনার তথ্য
flow-family-reunification-surname = পদবি
flow-family-reunification-given_name = নাম
flow-family-reunification-codice_fiscale = কর কোড (codice fiscale)

flow-family-reunification-page-contacts = আমরা কীভাবে যোগাযোগ করব
flow-family-reunification-phone = ফোন নম্বর
flow-family-reunification-email = ই-মেইল (থাকলে)

flow-family-reunification-what_next = আবেদনটি Prefettura-র Sportello Unico per l'Immigrazione-এ যায়, যারা Questura-র মতামত নেয়। অনুমোদন (nulla osta) 90 দিনের মধ্যে আসে। তারপর আপনার পরিবারের সদস্য ইতালীয় কনস্যুলেটে ভিসা চান; ইতালিতে পৌঁছানোর 8 দিনের মধ্যে আপনাদের একসঙ্গে Sportello Unico-তে যেতে হবে।
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-family-reunification-portal_ready = আপনার SPID, অথবা PIN-সহ আপনার CIE; থাকার পারমিট; আপনার আর পরিবারের সদস্যদের পাসপোর্ট; বাড়ির ভাড়ার চুক্তি বা মালিকানার দলিল, আর Comune-র বাসস্থান উপযুক্ততার সার্টিফিকেট (idoneità alloggiativa); গত বছরের আয় (Certificazione Unica বা আয়কর রিটার্ন); 16 ইউরোর একটি রাজস্ব স্ট্যাম্পের (marca da bollo) তথ্য।
