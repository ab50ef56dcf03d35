{
    "name": "HeyMilo Candidate Ingestion",
    "summary": "Bulk ingest candidates from PDF resumes, CSV lists and ZIP archives",
    "version": "18.0.1.0.0",
    "category": "Human Resources/Recruitment",
    "author": "heymilo_ingestion developers",
    "website": "https://github.com/heymilo-ingestion/heymilo_ingestion",
    "license": "LGPL-3",
    "depends": ["hr_recruitment"],
    "external_dependencies": {
        "python": ["pdfminer.six", "pypdfium2", "phonenumbers", "charset-normalizer"],
    },
}
