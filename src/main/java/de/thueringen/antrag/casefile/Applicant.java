package de.thueringen.antrag.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The person or business who applied (Antragsteller). */
@Embeddable
public class Applicant {

    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name", nullable = false)
    private String lastName;
    private String street;
    @Column(name = "house_number")
    private String houseNumber;
    @Column(name = "postal_code")
    private String postalCode;
    private String city;
    private String email;
    private String phone;

    protected Applicant() {
    }

    public Applicant(String firstName, String lastName, String street, String houseNumber, String postalCode,
                     String city, String email, String phone) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.street = street;
        this.houseNumber = houseNumber;
        this.postalCode = postalCode;
        this.city = city;
        this.email = email;
        this.phone = phone;
    }

    public String fullName() {
        return firstName == null || firstName.isBlank() ? lastName : firstName + " " + lastName;
    }

    public String streetLine() {
        return houseNumber == null ? street : street + " " + houseNumber;
    }

    public String postalCodeAndCity() {
        return postalCode + " " + city;
    }

    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public String getStreet() { return street; }
    public String getHouseNumber() { return houseNumber; }
    public String getPostalCode() { return postalCode; }
    public String getCity() { return city; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
}
