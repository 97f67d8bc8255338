## সরকারি স্কুলে ভর্তি: assets/flows/state-school-enrolment.toml.

flow-state-school-enrolment-window_closed = অনলাইনে ভর্তি এখন বন্ধ: প্রতি বছর জানুয়ারি থেকে ফেব্রুয়ারির মধ্যে হয়। তবুও আপনি এখানে আবেদন তৈরি করতে পারেন: আমরা এটি প্রিন্ট করে দেব, আপনি স্কুলের অফিসে (segreteria) নিয়ে যাবেন; স্কুল দেরিতে আসা ভর্তিও নেয়।

flow-state-school-enrolment-school_level = আপনার ছেলে বা মেয়েকে কোন স্কুলে ভর্তি করতে চান?
flow-state-school-enrolment-school_level-hint = শুধু প্রথম শ্রেণি। শিশু স্কুলের (scuola dell'infanzia) জন্য স্কুলের কাগজের ফর্ম লাগে।
flow-state-school-enrolment-school_level-primary = প্রাথমিক স্কুল (scuola primaria), প্রথম শ্রেণি
flow-state-school-enrolment-school_level-lower-secondary = নিম্ন মাধ্যমিক স্কুল (scuola secondaria di primo grado, "media"), প্রথম শ্রেণি
flow-state-school-enrolment-school_level-upper-secondary = উচ্চ মাধ্যমিক স্কুল (scuola secondaria di secondo grado, "superiore"), প্রথম শ্রেণি
flow-state-school-enrolment-school_level-vocational = Regione-র পেশাগত প্রশিক্ষণ কোর্স (CFP)

flow-state-school-enrolment-page-pupil = যে শিশুকে ভর্তি করবেন
flow-state-school-enrolment-pupil_surname = পদবি
flow-state-school-enrolment-pupil_given_name = নাম
flow-state-school-enrolment-pupil_sex = লিঙ্গ
flow-state-school-enrolment-pupil_sex-female = মেয়ে
flow-state-school-enrolment-pupil_sex-male = ছেলে
flow-state-school-enrolment-pupil_birth_date = জন্মতারিখ
flow-state-school-enrolment-too-old-for-primary = প্রাথমিক স্কুলের প্রথম শ্রেণিতে শিশুর বয়স 5 বা 6 বছর হতে হবে। বড় শিশুর জন্য স্কুলের সঙ্গে কথা বলুন।

flow-state-school-enrolment-page-pupil-origin = শিশুর জন্ম ও কাগজপত্র
flow-state-school-enrolment-pupil_birth_country = জন্মের দেশ
flow-state-school-enrolment-pupil_citizenship = নাগরিকত্ব
flow-state-school-enrolment-pupil_has_cf = শিশুর কি ট্যাক্স কোড (codice fiscale) আছে?
flow-state-school-enrolment-pupil_has_cf-hint = ট্যাক্স কোড বা কাগজপত্র না থাকলেও শিশুর স্কুলে যাওয়ার অধিকার আছে: স্কুল আপনাকে সাহায্য করবে।
flow-state-school-enrolment-pupil_codice_fiscale = শিশুর ট্যাক্স কোড (codice fiscale)

flow-state-school-enrolment-page-parent = যে অভিভাবক আবেদন করছেন
flow-state-school-enrolment-parent_relationship = আপনি শিশুর কে?
flow-state-school-enrolment-parent_relationship-mother = মা
flow-state-school-enrolment-parent_relationship-father = বাবা
flow-state-school-enrolment-parent_relationship-guardian = আইনগত অভিভাবক
flow-state-school-enrolment-parent_surname = পদবি
flow-state-school-enrolment-parent_given_name = নাম
flow-state-school-enrolment-parent_codice_fiscale = আপনার ট্যাক্স কোড (codice fiscale)
flow-state-school-enrolment-parent_codice_fiscale-hint = আপনার ট্যাক্স কোড না থাকলে খালি রাখুন: স্কুল আপনাকে আবেদন শেষ করতে সাহায্য করবে।

flow-state-school-enrolment-page-address = শিশু কোথায় থাকে
flow-state-school-enrolment-comune = পৌরসভা (Comune)
flow-state-school-enrolment-street = রাস্তা ও বাড়ির নম্বর
flow-state-school-enrolment-cap = CAP (পোস্ট কোড)

flow-state-school-enrolment-page-contacts = স্কুল আপনাকে কীভাবে জানাবে
flow-state-school-enrolment-email = ই-মেইল
flow-state-school-enrolment-email-hint = আবেদনের খবর ই-মেইলে এবং app IO-তে আসবে।
flow-state-school-enrolment-phone = ফোন

flow-state-school-enrolment-page-schools = আপনার বেছে নেওয়া স্কুল
flow-state-school-enrolment-first_choice = আপনার সবচেয়ে পছন্দের স্কুলের কোড
flow-state-school-enrolment-first_choice-hint = কোডে 10টি অক্ষর ও অঙ্ক থাকে, Arezzo-র জন্য AR দিয়ে শুরু হয়, যেমন ARIC82100X। এটি "Scuola in Chiaro"-তে পাবেন, অথবা কর্মীকে জিজ্ঞেস করুন।
flow-state-school-enrolment-second_choice = দ্বিতীয় পছন্দ (চাইলে)
flow-state-school-enrolment-third_choice = তৃতীয় পছন্দ (চাইলে)
flow-state-school-enrolment-same-school-twice = এই স্কুলটি আপনি আগেই বেছে নিয়েছেন: অন্য স্কুল লিখুন অথবা খালি রাখুন।

flow-state-school-enrolment-religion_teaching = আপনি কি চান আপনার সন্তান ক্যাথলিক ধর্মের ক্লাস করুক?
flow-state-school-enrolment-religion_teaching-hint = না বললে, মে মাসের শেষ থেকে জুলাইয়ের শুরুর মধ্যে স্কুলের সঙ্গে মিলে অন্য একটি কাজ বেছে নেবেন।
flow-state-school-enrolment-religion_teaching-yes = হ্যাঁ
flow-state-school-enrolment-religion_teaching-no = না, অন্য একটি কাজ

flow-state-school-enrolment-what_next = স্কুল আবেদনটি দেখবে এবং ই-মেইলে জানাবে শিশু আপনার বেছে নেওয়া স্কুলে নাকি অন্য স্কুলে ভর্তি হয়েছে। রসিদটি রেখে দিন: তাতে আবেদনের নম্বর আছে।
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-state-school-enrolment-portal_ready = আপনার SPID, অথবা PIN-সহ আপনার CIE; আপনার ও শিশুর ট্যাক্স কোড (codice fiscale); বেছে নেওয়া স্কুলের কোড (codice meccanografico, স্কুলের ওয়েবসাইটে বা Scuola in Chiaro-তে পাবেন)।
