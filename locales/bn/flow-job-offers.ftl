## চাকরির বিজ্ঞপ্তি: assets/flows/job-offers.toml.

flow-job-offers-area = কোথায় কাজ করতে চান?
flow-job-offers-area-arezzo = Arezzo ও আশেপাশে
flow-job-offers-area-valdarno = Valdarno
flow-job-offers-area-casentino = Casentino
flow-job-offers-area-valtiberina = Valtiberina
flow-job-offers-area-valdichiana = Valdichiana
flow-job-offers-area-any = পুরো প্রদেশে

flow-job-offers-sector = কোন ক্ষেত্রে?
flow-job-offers-sector-care = মানুষের সেবা-যত্ন
flow-job-offers-sector-catering = রান্নাঘর, বার ও রেস্টুরেন্ট
flow-job-offers-sector-building = নির্মাণ কাজ
flow-job-offers-sector-industry = কারখানা, মেকানিক্স, সোনা-রুপার গয়নার কাজ
flow-job-offers-sector-logistics = গুদাম ও পরিবহন
flow-job-offers-sector-agriculture = কৃষি
flow-job-offers-sector-cleaning = পরিষ্কারের কাজ
flow-job-offers-sector-retail = দোকান ও বিক্রি
flow-job-offers-sector-any = সব ক্ষেত্র

flow-job-offers-page-hours = কাজের সময় ও ড্রাইভিং লাইসেন্স
flow-job-offers-hours = কত ঘণ্টা কাজ করতে চান?
flow-job-offers-hours-full-time = পূর্ণ সময় (ফুল-টাইম)
flow-job-offers-hours-part-time = খণ্ডকালীন (পার্ট-টাইম)
flow-job-offers-hours-any = কোনো অসুবিধা নেই
flow-job-offers-driving_licence = আপনার কি ইতালিতে বৈধ ড্রাইভিং লাইসেন্স (patente) আছে?
flow-job-offers-driving_licence-hint = না বললে, যেসব চাকরিতে লাইসেন্স লাগে সেগুলো আমরা দেখাব না।

flow-job-offers-offer = একটি চাকরি বেছে নিন
flow-job-offers-offer-hint = আমরা চাকরির কোড আর যে Centro per l'Impiego-তে যোগাযোগ করতে হবে তা সহ বিজ্ঞপ্তিটি প্রিন্ট করব।
flow-job-offers-offer-none = এই পছন্দগুলো দিয়ে কোনো চাকরি নেই। পেছনে গিয়ে অন্য এলাকা বা অন্য ক্ষেত্র চেষ্টা করুন।

flow-job-offers-how_to_apply = আবেদন করতে কাগজে লেখা Centro per l'Impiego-তে যান, অথবা দেওয়া ঠিকানায় লিখুন; সঙ্গে চাকরির কোড, সিভি (curriculum) আর থাকার পারমিট দিন। শেষ তারিখের আগে করুন।
