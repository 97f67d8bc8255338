## Categories of the home screen.

category-citizen-life = দৈনন্দিন জীবন
category-education = শিক্ষা
category-culture = সংস্কৃতি
category-work-training = কাজ ও প্রশিক্ষণ
category-health = স্বাস্থ্য

## Services: name, then one line under it.

service-certificates = নিবন্ধন অফিসের সার্টিফিকেট
service-certificates-summary = বসবাস, পরিবারের তথ্য বা অন্য কোনো সার্টিফিকেটের জন্য আবেদন করুন এবং এখানেই প্রিন্ট করুন।
service-residence-change = বাসস্থান পরিবর্তন
service-residence-change-summary = আপনার নতুন ঠিকানা এবং আপনার সাথে কারা থাকেন তা জানান।
service-permit-status = বসবাসের অনুমতিপত্র যাচাই
service-permit-status-summary = আপনার বসবাসের অনুমতিপত্র (permesso di soggiorno) তৈরি হয়েছে কি না জেনে নিন।
service-family-reunification = পারিবারিক পুনর্মিলন
service-family-reunification-summary = আপনার আয় ও বাসস্থান যাচাই করুন, তারপর ALI পোর্টালের জন্য আবেদন প্রস্তুত করুন।
service-citizenship-status = নাগরিকত্বের আবেদনের অবস্থা
service-citizenship-status-summary = ALI পোর্টালে আপনার আবেদন কোন পর্যায়ে আছে কীভাবে দেখবেন।
service-italian-test-a2 = ইতালীয় ভাষার A2 পরীক্ষা
service-italian-test-a2-summary = পরীক্ষার নাম নিবন্ধন প্রস্তুত করুন, যা মন্ত্রণালয়ের পোর্টালে করতে হয়।
service-state-school-enrolment = সরকারি স্কুলে ভর্তি
service-state-school-enrolment-summary = প্রথম শ্রেণিতে ভর্তির আবেদন প্রস্তুত করুন, যা Unica পোর্টালে করতে হয়।
service-municipal-school-services = নার্সারি, স্কুলের খাবার ও স্কুল বাস
service-municipal-school-services-summary = Comune (পৌরসভা)-এর কাছে নার্সারি, স্কুলের খাবার বা স্কুল বাসের জন্য আবেদন করুন।
service-online-magazines = অনলাইন সংবাদপত্র ও পত্রিকা
service-online-magazines-summary = লাইব্রেরি কার্ড দিয়ে অনেক ভাষায় সংবাদপত্র ও পত্রিকা পড়ুন।
service-training-courses = প্রশিক্ষণ কোর্স
service-training-courses-summary = Arezzo প্রদেশে একটি কোর্স খুঁজুন এবং তার বিবরণ প্রিন্ট করুন।
service-job-offers = চাকরির সুযোগ
service-job-offers-summary = কর্মসংস্থান কেন্দ্রের (Centri per l'impiego) চাকরির সুযোগ খুঁজুন এবং বিবরণ প্রিন্ট করুন।
service-health-booking = ডাক্তার দেখানো ও পরীক্ষার বুকিং
service-health-booking-summary = ইলেকট্রনিক প্রেসক্রিপশন দিয়ে বুক করুন এবং pagoPA দিয়ে ফি (ticket) পরিশোধ করুন।
