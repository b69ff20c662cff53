package dev.matchfolio.opening;

import org.springframework.data.mongodb.repository.MongoRepository;

interface OpeningRepository extends MongoRepository<Opening, String> {

}
