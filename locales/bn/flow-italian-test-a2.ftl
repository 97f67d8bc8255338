## ইতালীয় ভাষার A2 পরীক্ষা: assets/flows/italian-test-a2.toml.

flow-italian-test-a2-purpose = আপনি কী করতে চান?
flow-italian-test-a2-purpose-enrol = পরীক্ষার জন্য নাম লেখাতে
flow-italian-test-a2-purpose-result = পরীক্ষার ফল জানতে

flow-italian-test-a2-page-result = পরীক্ষার ফল
flow-italian-test-a2-application_number = আবেদনের নম্বর
flow-italian-test-a2-application_number-hint = এটি পরীক্ষার নাম লেখানোর রসিদে আছে, অথবা Prefettura-র ই-মেইলে।
flow-italian-test-a2-result_birth_date = আপনার জন্মতারিখ

flow-italian-test-a2-exemption = এর মধ্যে কোনোটি কি আপনার জন্য সত্যি?
flow-italian-test-a2-exemption-hint = এর কোনো একটি যার জন্য সত্যি, তাকে পরীক্ষা দিতে হয় না।
flow-italian-test-a2-exemption-none = না, কোনোটিই না
flow-italian-test-a2-exemption-under-14 = আমার বয়স 14 বছরের কম
flow-italian-test-a2-exemption-italian-school = আমার একটি ইতালীয় স্কুলের ডিপ্লোমা আছে
flow-italian-test-a2-exemption-cpia-certificate = আমার CPIA (বয়স্কদের শিক্ষাকেন্দ্র) বা স্বীকৃত কোনো প্রতিষ্ঠানের ইতালীয় ভাষার A2 বা তার বেশি স্তরের সার্টিফিকেট আছে
flow-italian-test-a2-exemption-university = আমি ইতালির কোনো বিশ্ববিদ্যালয়ে পড়ি বা পড়েছি
flow-italian-test-a2-exemption-disability = আমার এমন অসুখ বা প্রতিবন্ধিতা আছে যার জন্য আমি ভাষা শিখতে পারি না, এবং ডাক্তারের সার্টিফিকেট আছে

flow-italian-test-a2-exempt = আপনাকে পরীক্ষা দিতে হবে না। দীর্ঘমেয়াদি পারমিট চাওয়ার সময় প্রমাণের কাগজ (ডিপ্লোমা, সার্টিফিকেট বা ডাক্তারের সার্টিফিকেট) সঙ্গে আনুন। কর্মী আপনাকে সাহায্য করতে পারেন।

flow-italian-test-a2-recent_fail = গত 90 দিনের মধ্যে আপনি কি পরীক্ষায় পাস করেননি, অথবা কোনো কারণ ছাড়া পরীক্ষায় যাননি?
flow-italian-test-a2-recent_fail-hint = পরীক্ষায় পাস না করলে বা কারণ ছাড়া না গেলে, আবার নাম লেখানোর আগে 90 দিন অপেক্ষা করতে হয়।
flow-italian-test-a2-wait-90-days = পরীক্ষার 90 দিন পরে আপনি আবার নাম লেখাতে পারবেন। পরে আবার আসুন, অথবা সঠিক তারিখ কর্মীকে জিজ্ঞেস করুন।

flow-italian-test-a2-page-applicant = আপনার তথ্য
flow-italian-test-a2-surname = পদবি
flow-italian-test-a2-given_name = নাম
flow-italian-test-a2-birth_date = জন্মতারিখ

flow-italian-test-a2-page-origin = জন্ম ও নাগরিকত্ব
flow-italian-test-a2-birth_country = জন্মের দেশ
flow-italian-test-a2-citizenship = নাগরিকত্ব
flow-italian-test-a2-codice_fiscale = ট্যাক্স কোড (codice fiscale)

flow-italian-test-a2-page-permit = আপনার থাকার পারমিট (permesso di soggiorno)
flow-italian-test-a2-permit_type = আপনার পারমিট কোন ধরনের?
flow-italian-test-a2-permit_type-work = চাকরি (বেতনভুক্ত কাজ)
flow-italian-test-a2-permit_type-self-employment = নিজের কাজ (স্বনিযুক্ত)
flow-italian-test-a2-permit_type-family = পারিবারিক কারণ
flow-italian-test-a2-permit_type-study = পড়াশোনা
flow-italian-test-a2-permit_type-other = অন্য
flow-italian-test-a2-permit_number = পারমিটের নম্বর
flow-italian-test-a2-permit_number-hint = এটি পারমিট কার্ডের ওপরে ডান দিকে আছে।
flow-italian-test-a2-permit_expiry = পারমিটের মেয়াদ শেষের তারিখ
flow-italian-test-a2-permit_expiry-hint = পারমিটের মেয়াদ যদি অল্প দিন আগে শেষ হয়ে থাকে এবং আপনি নবায়নের আবেদন করে থাকেন, তাহলে পুরনো কার্ডের তারিখ লিখুন।

flow-italian-test-a2-page-passport = আপনার পাসপোর্ট
flow-italian-test-a2-passport_number = পাসপোর্ট নম্বর
flow-italian-test-a2-passport_expiry = পাসপোর্টের মেয়াদ শেষের তারিখ

flow-italian-test-a2-page-address = আপনি কোথায় থাকেন
flow-italian-test-a2-comune = পৌরসভা (Comune)
flow-italian-test-a2-street = রাস্তা ও বাড়ির নম্বর
flow-italian-test-a2-cap = CAP (পোস্ট কোড)

flow-italian-test-a2-page-contacts = পরীক্ষার জন্য আপনাকে কীভাবে ডাকা হবে
flow-italian-test-a2-email = ই-মেইল
flow-italian-test-a2-email-hint = Prefettura ই-মেইলে ডাকার চিঠি পাঠায়: এমন ঠিকানা লিখুন যা আপনি প্রতিদিন দেখেন।
flow-italian-test-a2-phone = ফোন

flow-italian-test-a2-what_next = 60 দিনের মধ্যে Prefettura আপনাকে ই-মেইলে ডাকার চিঠি পাঠাবে: দিন, সময় আর কোন CPIA-তে পরীক্ষা হবে। পাসপোর্ট আর থাকার পারমিট সঙ্গে আনুন। ফলাফল Questura-তেও যায়।
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-italian-test-a2-portal_ready = আপনার SPID, অথবা PIN-সহ আপনার CIE; থাকার পারমিট; পাসপোর্ট; একটি ই-মেইল ঠিকানা যা আপনি পড়েন: ডাকার চিঠি সেখানেই আসবে।
