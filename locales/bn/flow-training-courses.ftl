## প্রশিক্ষণ কোর্স: assets/flows/training-courses.toml.

flow-training-courses-area = কোথায় কোর্স করতে চান?
flow-training-courses-area-arezzo = Arezzo ও আশেপাশে
flow-training-courses-area-valdarno = Valdarno
flow-training-courses-area-casentino = Casentino
flow-training-courses-area-valtiberina = Valtiberina
flow-training-courses-area-valdichiana = Valdichiana
flow-training-courses-area-online = অনলাইনে, বাড়ি থেকে
flow-training-courses-area-any = পুরো প্রদেশে

flow-training-courses-sector = কোন কাজ শিখতে চান?
flow-training-courses-sector-care = মানুষের সেবা-যত্ন (badante, OSS)
flow-training-courses-sector-catering = রান্নাঘর, বার ও রেস্টুরেন্ট
flow-training-courses-sector-building = নির্মাণ কাজ
flow-training-courses-sector-industry = কারখানা, মেকানিক্স, সোনা-রুপার গয়নার কাজ
flow-training-courses-sector-logistics = গুদাম ও পরিবহন
flow-training-courses-sector-agriculture = কৃষি
flow-training-courses-sector-computing = কম্পিউটার ও তথ্যপ্রযুক্তি
flow-training-courses-sector-italian-language = ইতালীয় ভাষা
flow-training-courses-sector-any = সব কোর্স

flow-training-courses-page-conditions = আপনার অবস্থা
flow-training-courses-free_only = আপনি কি শুধু বিনা পয়সার কোর্স দেখতে চান?
flow-training-courses-registered_unemployed = আপনি কি Centro per l'Impiego (কর্মসংস্থান কেন্দ্র)-এ বেকার হিসেবে নাম লিখিয়েছেন?
flow-training-courses-registered_unemployed-hint = যারা নাম লিখিয়েছে তারা 3.000 ইউরো পর্যন্ত একটি ভাউচার (voucher) এবং কোর্সে যাওয়ার জন্য সাহায্য পেতে পারে।

flow-training-courses-course = একটি কোর্স বেছে নিন
flow-training-courses-course-hint = আমরা প্রশিক্ষণ সংস্থার যোগাযোগের তথ্যসহ কোর্সের কাগজ প্রিন্ট করব।
flow-training-courses-course-none = এই পছন্দগুলো দিয়ে কোনো কোর্স নেই। পেছনে গিয়ে অন্য এলাকা বা অন্য ক্ষেত্র চেষ্টা করুন।

flow-training-courses-how_to_apply = কাগজে শেষ তারিখ আর প্রশিক্ষণ সংস্থার যোগাযোগের তথ্য আছে। শেষ তারিখের আগে সংস্থায় ফোন করুন বা যান, সঙ্গে পরিচয়পত্র ও থাকার পারমিট নিন। ভাউচারের জন্য Centro per l'Impiego-র সঙ্গে কথা বলুন।
