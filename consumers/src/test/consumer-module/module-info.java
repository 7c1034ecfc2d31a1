/** An application that uses motkit's scorers, as a user would declare it. */
module org.example.consumer {
  requires io.motkit.scoring;
}
