## পৌরসভার স্কুল সেবা: assets/flows/municipal-school-services.toml.

flow-municipal-school-services-services = আপনি কোন কোন সেবার জন্য আবেদন করছেন?
flow-municipal-school-services-services-hint = একটির বেশি বেছে নিতে পারেন।
flow-municipal-school-services-services-nursery = শিশু যত্নকেন্দ্র (asilo nido, 3 মাস থেকে 3 বছর)
flow-municipal-school-services-services-canteen = স্কুলের খাবার (mensa)
flow-municipal-school-services-services-transport = স্কুল বাস (scuolabus)

flow-municipal-school-services-page-transport = স্কুল বাস
flow-municipal-school-services-transport_far = আপনারা কি শহরের কেন্দ্রের বাইরে এবং স্কুল থেকে 1 কিমির বেশি দূরে থাকেন?
flow-municipal-school-services-transport_far-hint = স্কুল বাস শুধু তাদের জন্য যারা স্কুল থেকে দূরে থাকে।
flow-municipal-school-services-transport-too-close = স্কুল বাস শুধু তাদের জন্য যারা শহরের কেন্দ্রের বাইরে এবং স্কুল থেকে 1 কিমির বেশি দূরে থাকে। পেছনে গিয়ে স্কুল বাস বাদ দিন, অথবা কর্মীকে জিজ্ঞেস করুন।
flow-municipal-school-services-transport_nearest_school = শিশু কি বাড়ির সবচেয়ে কাছের স্কুলে যায়?

flow-municipal-school-services-page-child = শিশু
flow-municipal-school-services-child_surname = পদবি
flow-municipal-school-services-child_given_name = নাম
flow-municipal-school-services-child_birth_date = জন্মতারিখ
flow-municipal-school-services-nursery-age = শিশু যত্নকেন্দ্র (nido) 3 বছর পর্যন্ত শিশুদের জন্য। বড় শিশুর জন্য nido বাদ দিন।
flow-municipal-school-services-child_codice_fiscale = শিশুর ট্যাক্স কোড (codice fiscale)
flow-municipal-school-services-child_codice_fiscale-hint = শিশুর ট্যাক্স কোড না থাকলে খালি রাখুন।

flow-municipal-school-services-school_name = শিশু কোন স্কুলে পড়ে?
flow-municipal-school-services-school_name-hint = স্কুলের নাম ও ক্লাস, যেমন "Primaria Pio Borri, 2ª B"।

flow-municipal-school-services-page-diet = খাবার
flow-municipal-school-services-special_diet = শিশুর কি বিশেষ খাবার লাগে?
flow-municipal-school-services-special_diet-none = না
flow-municipal-school-services-special_diet-medical = হ্যাঁ, স্বাস্থ্যের কারণে (অ্যালার্জি, খাবার সহ্য না হওয়া)
flow-municipal-school-services-special_diet-religious = হ্যাঁ, ধর্মীয় কারণে
flow-municipal-school-services-special_diet-vegetarian = হ্যাঁ, নিরামিষ
flow-municipal-school-services-diet_details = শিশু কী খেতে পারে না?
flow-municipal-school-services-diet_details-hint = স্বাস্থ্যের কারণে হলে ডাক্তারের সার্টিফিকেটও লাগবে: সেটি স্কুল অফিসে (ufficio scuola) নিয়ে যান।

flow-municipal-school-services-page-parent = যে অভিভাবক সেবার টাকা দেবেন
flow-municipal-school-services-parent_relationship = আপনি শিশুর কে?
flow-municipal-school-services-parent_relationship-mother = মা
flow-municipal-school-services-parent_relationship-father = বাবা
flow-municipal-school-services-parent_relationship-guardian = আইনগত অভিভাবক
flow-municipal-school-services-parent_surname = পদবি
flow-municipal-school-services-parent_given_name = নাম
flow-municipal-school-services-parent_codice_fiscale = আপনার ট্যাক্স কোড (codice fiscale)

flow-municipal-school-services-page-address = আপনারা কোথায় থাকেন
flow-municipal-school-services-comune = পৌরসভা (Comune)
flow-municipal-school-services-street = রাস্তা ও বাড়ির নম্বর
flow-municipal-school-services-cap = CAP (পোস্ট কোড)

flow-municipal-school-services-page-isee = ISEE (পরিবারের আর্থিক অবস্থার সনদ)
flow-municipal-school-services-has_isee = আপনার কি বৈধ ISEE সনদ আছে?
flow-municipal-school-services-has_isee-hint = ISEE 13.500 ইউরো পর্যন্ত হলে কম ফি দেবেন। ISEE না থাকলে পুরো ফি দিতে হয়। CAF (কর সহায়তা কেন্দ্র)-এ ISEE বিনা পয়সায় করা যায়।
flow-municipal-school-services-isee_value = ISEE-র পরিমাণ, ইউরোতে

flow-municipal-school-services-page-contacts = আপনার যোগাযোগের তথ্য
flow-municipal-school-services-phone = ফোন
flow-municipal-school-services-email = ই-মেইল

flow-municipal-school-services-what_next = Comune-র স্কুল অফিস আবেদনটি দেখবে এবং তালিকা (graduatoria) প্রকাশ করবে। তারা আপনাকে লিখে বা ফোন করে জানাবে শিশু সুযোগ পেয়েছে কি না এবং সেবার খরচ কত।
